package in.eofficemonitor.dashboard.district;

import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.security.DashboardUser;
import in.eofficemonitor.dashboard.security.UserScope;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.dashboard.base.SideBySide;
import in.eofficemonitor.warehouse.kpis.IdleDesk;
import in.eofficemonitor.warehouse.kpis.KpiLevel;
import in.eofficemonitor.warehouse.kpis.KpiQueries;
import in.eofficemonitor.warehouse.kpis.KpiRow;
import in.eofficemonitor.warehouse.kpis.KpiTotals;
import in.eofficemonitor.warehouse.pendency.AgeBuckets;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyQueries;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.RegistryQueries;
import in.eofficemonitor.warehouse.stuck.StuckCount;
import in.eofficemonitor.warehouse.stuck.StuckQueries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A district as its Collector sees it: every office of the district with its pendency now (files, receipts, age
 * buckets), its stuck files and its key figures of the last 7 days, the district's key figures, and its idle desks
 * one by one — the same warehouse queries as {@code report pendency|stuck|kpis --district}. For the state (any
 * district) and a Collector (their own); a district outside the user's scope, or a user of another role, gets
 * nothing, and the attempt is logged and counted.
 */
public final class DistrictService {

    /** How far back the key figures reach: the last 7 days, today included (as the overview's). */
    public static final int DAYS = 7;
    /** The most idle desks listed (a district has hundreds of desks, not tens of thousands). */
    public static final int IDLE_LIMIT = 1_000;
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    /** One office of the district. */
    public record OfficeLine(Office office, long files, long receipts, AgeBuckets ages, long stuck, KpiRow kpis) {

        public String officeId() {
            return office.officeId();
        }

        public String name(boolean hindi) {
            return hindi && !office.nameHi().isBlank() ? office.nameHi() : office.name();
        }

        public long pending() {
            return files + receipts;
        }
    }

    /** What the district view shows. */
    public record DistrictPicture(String district, Instant asOf, KpiTotals figures, long stuck, List<OfficeLine> offices,
            List<IdleDesk> idleDesks) {

        public long pendingFiles() {
            return offices.stream().mapToLong(OfficeLine::files).sum();
        }

        public long pendingReceipts() {
            return offices.stream().mapToLong(OfficeLine::receipts).sum();
        }
    }

    private final RegistryQueries registry;
    private final PendencyQueries pendency;
    private final StuckQueries stuck;
    private final KpiQueries kpis;
    private final CurrentUser currentUser;
    private final AccessGuard guard;
    private final Clock clock;

    public DistrictService(Warehouse warehouse, CurrentUser currentUser, AccessGuard guard, Clock clock) {
        this.registry = new RegistryQueries(warehouse);
        this.pendency = new PendencyQueries(warehouse);
        this.stuck = new StuckQueries(warehouse);
        this.kpis = new KpiQueries(warehouse);
        this.currentUser = currentUser;
        this.guard = guard;
        this.clock = clock;
    }

    /** Whether the user's role has a district view at all (the state and Collectors). */
    public boolean available() {
        Role role = currentUser.scope().role();
        return role == Role.STATE || role == Role.DISTRICT;
    }

    /** The districts the user may open: every district with registered offices for the state, their own for a Collector. */
    public List<String> districts() {
        UserScope scope = currentUser.scope();
        return switch (scope.role()) {
            case STATE -> registry.districts();
            case DISTRICT -> List.of(scope.value());
            case OFFICE, POLICE -> List.of();
        };
    }

    /** The district shown when none is asked for: a Collector's own; the state picks one. */
    public Optional<String> defaultDistrict() {
        UserScope scope = currentUser.scope();
        return scope.role() == Role.DISTRICT ? Optional.of(scope.value()) : Optional.empty();
    }

    public Optional<DistrictPicture> district(String district) {
        if (district == null || district.isBlank()) {
            return Optional.empty();
        }
        DashboardUser user = currentUser.get();
        UserScope scope = user.scope();
        boolean allowed = switch (scope.role()) {
            case STATE -> true;
            case DISTRICT -> scope.value().equals(district);
            case OFFICE, POLICE -> false;
        };
        if (!allowed) {
            guard.denied(user.id(), scope, "the district view of " + district);
            return Optional.empty();
        }
        Scope query = Scope.district(district);
        List<Office> offices = registry.offices(query);
        if (offices.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        LocalDate to = LocalDate.ofInstant(now, IST);
        LocalDate from = to.minusDays(DAYS - 1);
        Map<String, PendencyRow> pending;
        Map<String, StuckCount> stuckNow;
        List<KpiRow> figures;
        List<IdleDesk> idle;
        try (SideBySide queries = new SideBySide()) {
            var pendingNow = queries.start(() -> pendency.asOf(now, PendencyLevel.OFFICE, query));
            var stuckCounts = queries.start(() -> stuck.top(now, false, StuckQueries.Level.OFFICE, query, Integer.MAX_VALUE));
            var idleDesks = queries.start(() -> kpis.idleDesks(to, query, IDLE_LIMIT));
            figures = kpis.figures(from, to, KpiLevel.OFFICE, query);
            pending = byId(SideBySide.await(pendingNow), PendencyRow::id);
            stuckNow = byId(SideBySide.await(stuckCounts), StuckCount::id);
            idle = SideBySide.await(idleDesks);
        }
        Map<String, KpiRow> figuresById = byId(figures, KpiRow::id);
        List<OfficeLine> lines = offices.stream().map(o -> {
            PendencyRow p = pending.get(o.officeId());
            StuckCount s = stuckNow.get(o.officeId());
            KpiRow k = figuresById.getOrDefault(o.officeId(), new KpiRow(KpiLevel.OFFICE, o.officeId(), true, o.name(),
                    o.nameHi(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
            return new OfficeLine(o, p == null ? 0 : p.files(), p == null ? 0 : p.receipts(),
                    p == null ? new AgeBuckets(0, 0, 0, 0, 0, 0) : p.ages(), s == null ? 0 : s.stuck(), k);
        }).sorted(Comparator.comparingLong(OfficeLine::pending).reversed()
                .thenComparing(l -> l.office().name())).toList();
        long stuckTotal = lines.stream().mapToLong(OfficeLine::stuck).sum();
        return Optional.of(new DistrictPicture(district, now, KpiTotals.of(from, to, figures), stuckTotal, lines, idle));
    }

    private static <T> Map<String, T> byId(List<T> rows, Function<T, String> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
