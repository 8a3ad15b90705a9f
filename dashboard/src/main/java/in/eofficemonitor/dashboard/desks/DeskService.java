package in.eofficemonitor.dashboard.desks;

import in.eofficemonitor.dashboard.registry.OfficeDirectory;
import in.eofficemonitor.dashboard.registry.OfficeInfo;
import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.security.DashboardUser;
import in.eofficemonitor.dashboard.security.UserScope;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.pendency.AgeBuckets;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyQueries;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every desk's pendency now with its age buckets (the query behind {@code report pendency --level desk}), for
 * one office or the user's whole scope. An office outside the scope (typed into the URL) gives nothing.
 */
public final class DeskService {

    /** Share of desks marked slowest (at least one when any desk holds an item over 30 days). */
    static final double SLOWEST_SHARE = 0.1;

    private final PendencyQueries pendency;
    private final OfficeDirectory offices;
    private final CurrentUser currentUser;
    private final AccessGuard guard;
    private final Clock clock;

    public DeskService(Warehouse warehouse, OfficeDirectory offices, CurrentUser currentUser, AccessGuard guard,
            Clock clock) {
        this.pendency = new PendencyQueries(warehouse);
        this.offices = offices;
        this.currentUser = currentUser;
        this.guard = guard;
        this.clock = clock;
    }

    /** The desks of {@code officeId} (empty: of the user's whole scope), most pending first. */
    public List<PendencyRow> desks(Optional<String> officeId) {
        return desks(officeId, clock.instant());
    }

    /**
     * The same desks with their oldest item, median dwell and what each cleared in the last 7 days
     * ({@code PendencyQueries.desks}: pendency and flow in one pass, the columns of {@code report pendency --by desk}),
     * as of one moment.
     */
    public List<DeskLine> lines(Optional<String> officeId) {
        Instant now = clock.instant();
        Optional<Scope> query = allowedScope(officeId);
        if (query.isEmpty()) {
            return List.of();
        }
        UserScope scope = currentUser.get().scope();
        // pendency/desks gives the most pending first
        return pendency.desks(now, query.get()).stream()
                .filter(d -> shown(d.pendency().officeId(), scope))
                .map(d -> new DeskLine(d.pendency(), d.flow(), now))
                .toList();
    }

    private List<PendencyRow> desks(Optional<String> officeId, Instant asOf) {
        Optional<Scope> query = allowedScope(officeId);
        return query.isEmpty() ? List.of()
                : rows(pendency.asOf(asOf, PendencyLevel.DESK, query.get()), currentUser.get().scope());
    }

    /** The scope to ask for: the office asked for if the user may see it (else nothing, logged), or the user's. */
    private Optional<Scope> allowedScope(Optional<String> officeId) {
        DashboardUser user = currentUser.get();
        UserScope scope = user.scope();
        if (officeId.isPresent() && !officeId.get().isBlank()) {
            Optional<OfficeInfo> office = offices.find(officeId.get());
            if (office.isEmpty() || !scope.allows(office.get())) {
                guard.denied(user.id(), scope, "desks of office " + officeId.get());
                return Optional.empty();
            }
            return Optional.of(Scope.office(officeId.get()));
        }
        return Optional.of(scope.warehouseScope());
    }

    private List<PendencyRow> rows(List<PendencyRow> pending, UserScope scope) {
        return pending.stream()
                .filter(r -> shown(r.officeId(), scope))
                .sorted(Comparator.comparingLong(PendencyRow::total).reversed())
                .toList();
    }

    /** A desk of this office is shown to the user (the police headquarters' scope filters by office). */
    private boolean shown(String officeId, UserScope scope) {
        return !scope.filtersByOffice() || scope.allows(offices.find(officeId).orElse(null));
    }

    /** Files and receipts of the desks shown, by age bucket: what the view's chart draws. */
    public static AgeBuckets ages(List<DeskLine> lines) {
        long[] sum = new long[6];
        for (DeskLine l : lines) {
            long[] a = l.pendency().ages().asArray();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += a[i];
            }
        }
        return new AgeBuckets(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5]);
    }

    /** The slowest desks: the top tenth by items waiting over 30 days (ties by the oldest buckets). */
    public static Set<String> slowest(List<PendencyRow> rows) {
        Comparator<PendencyRow> slow = Comparator.comparingLong(DeskService::over30)
                .thenComparingLong(r -> r.ages().over180())
                .thenComparingLong(r -> r.ages().days91To180());
        List<PendencyRow> candidates = rows.stream().filter(r -> over30(r) > 0).sorted(slow.reversed()).toList();
        int n = (int) Math.max(candidates.isEmpty() ? 0 : 1, Math.round(rows.size() * SLOWEST_SHARE));
        return candidates.stream().limit(n).map(PendencyRow::id).collect(Collectors.toSet());
    }

    static long over30(PendencyRow r) {
        return r.ages().days31To90() + r.ages().days91To180() + r.ages().over180();
    }

    public List<OfficeInfo> officesVisible() {
        return offices.visibleTo(currentUser.scope());
    }
}
