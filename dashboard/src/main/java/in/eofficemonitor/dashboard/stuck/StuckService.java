package in.eofficemonitor.dashboard.stuck;

import in.eofficemonitor.warehouse.csv.Csv;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.base.Xlsx;
import in.eofficemonitor.dashboard.registry.OfficeDirectory;
import in.eofficemonitor.dashboard.registry.OfficeInfo;
import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.security.DashboardUser;
import in.eofficemonitor.dashboard.security.UserScope;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.registry.Desk;
import in.eofficemonitor.warehouse.registry.RegistryQueries;
import in.eofficemonitor.warehouse.stuck.StuckFilter;
import in.eofficemonitor.warehouse.stuck.StuckItem;
import in.eofficemonitor.warehouse.stuck.StuckList;
import in.eofficemonitor.warehouse.stuck.StuckQueries;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Files and receipts stuck now (the query behind {@code report stuck}), narrowed by the view's filters inside
 * the user's scope; a filter outside the scope (a district or office typed into the URL) gives nothing, logged.
 */
public final class StuckService {

    /** The most rows a screen (and its export) gets: the longest-waiting first; the summary tells how many in all. */
    public static final int SCREEN_LIMIT = 5_000;

    /** What the stuck view shows: the longest-waiting lines and the count of everything stuck in the selection. */
    public record StuckScreen(List<StuckLine> lines, long total) {

        public boolean truncated() {
            return total > lines.size();
        }
    }

    public static final List<String> CSV_HEADER = List.of("file_id", "kind", "priority", "district", "office_id",
            "office", "desk_id", "arrived_at", "stuck_since", "dwell_days");

    private final StuckQueries stuck;
    private final RegistryQueries registry;
    private final OfficeDirectory offices;
    private final CurrentUser currentUser;
    private final AccessGuard guard;
    private final Clock clock;

    public StuckService(Warehouse warehouse, OfficeDirectory offices, CurrentUser currentUser, AccessGuard guard,
            Clock clock) {
        this.stuck = new StuckQueries(warehouse);
        this.registry = new RegistryQueries(warehouse);
        this.offices = offices;
        this.currentUser = currentUser;
        this.guard = guard;
        this.clock = clock;
    }

    public List<StuckLine> stuck(StuckSelection selection) {
        return screen(selection).lines();
    }

    public StuckScreen screen(StuckSelection selection) {
        DashboardUser user = currentUser.get();
        UserScope scope = user.scope();
        Scope query = scope.warehouseScope();
        if (selection.hasOffice()) {
            Optional<OfficeInfo> office = offices.find(selection.officeId());
            if (office.isEmpty() || !scope.allows(office.get())) {
                guard.denied(user.id(), scope, "stuck files of office " + selection.officeId());
                return new StuckScreen(List.of(), 0);
            }
            query = Scope.office(selection.officeId());
        } else if (selection.hasDistrict()) {
            if (!scope.allowsDistrict(selection.district())) {
                guard.denied(user.id(), scope, "stuck files of district " + selection.district());
                return new StuckScreen(List.of(), 0);
            }
            query = Scope.district(selection.district());
        }
        StuckFilter filter = StuckFilter.in(query);
        if (selection.hasDesk()) {
            // A registered desk of an office outside the scope is refused like that office; an unregistered one is
            // only narrowed inside the scope's own query, which cannot reach past it.
            Optional<Desk> desk = registry.desk(selection.deskId());
            if (desk.isPresent() && !scope.allows(offices.find(desk.get().officeId()).orElse(null))) {
                guard.denied(user.id(), scope, "stuck files of desk " + selection.deskId());
                return new StuckScreen(List.of(), 0);
            }
            filter = filter.desk(selection.deskId());
        }
        Long highest = selection.highestDays();
        if (highest != null && highest < selection.lowestDays()) {
            return new StuckScreen(List.of(), 0); // "at least 40 days" within 8–15: nothing can match
        }
        filter = filter.dwellDays(selection.lowestDays(), highest);
        if (selection.priority() != null) {
            filter = filter.priority(selection.priority());
        }
        if (selection.kind() != null) {
            filter = filter.kind(selection.kind());
        }
        List<StuckLine> lines = new ArrayList<>();
        // A scope filtered office by office after the query (the police units) takes every row, so that neither the
        // limit nor the total counts items the user may not see.
        StuckList found = stuck.longestWaiting(clock.instant(), false, filter,
                scope.filtersByOffice() ? Long.MAX_VALUE : SCREEN_LIMIT);
        for (StuckItem i : found.items()) {
            OfficeInfo office = offices.find(i.officeId()).orElse(null);
            if (scope.filtersByOffice() && !scope.allows(office)) {
                continue;
            }
            lines.add(new StuckLine(i.fileId(), i.kind().name(), i.priority().name(), i.officeId(),
                    office == null ? i.officeId() : office.name(), office == null ? i.officeId() : office.name(true),
                    office == null ? "" : office.district(), i.deskId(), i.arrivedAt(), i.stuckSince(), i.dwellDays()));
        }
        return new StuckScreen(lines, scope.filtersByOffice() ? lines.size() : found.total());
    }

    public List<String> districts() {
        return offices.districtsVisibleTo(currentUser.scope());
    }

    public List<OfficeInfo> officesVisible() {
        return offices.visibleTo(currentUser.scope());
    }

    /**
     * The registered desks the desk filter offers: those of {@code officeId} when one is chosen (and in scope), else of
     * the user's office or district; for the state and the police a desk id is typed (there are lakhs).
     */
    public List<Desk> desksOffered(String officeId) {
        UserScope scope = currentUser.scope();
        if (officeId != null && !officeId.isBlank()) {
            Optional<OfficeInfo> office = offices.find(officeId);
            return office.isPresent() && scope.allows(office.get()) ? registry.desks(Scope.office(officeId)) : List.of();
        }
        return switch (scope.role()) {
            case DISTRICT, OFFICE -> registry.desks(scope.warehouseScope());
            case STATE, POLICE -> List.of();
        };
    }

    /** The CSV of exactly these lines in this order (what the grid shows): UTF-8, dates dd-MM-yyyy HH:mm IST. */
    public static String csv(List<StuckLine> lines) {
        StringBuilder out = new StringBuilder(Csv.line(CSV_HEADER));
        for (List<Object> row : rows(lines)) {
            out.append(Csv.line(row));
        }
        return out.toString();
    }

    /** The same rows and columns as {@link #csv} as an Excel workbook; the days waiting are number cells. */
    public static byte[] xlsx(List<StuckLine> lines) {
        return Xlsx.sheet("stuck", CSV_HEADER, rows(lines));
    }

    private static List<List<Object>> rows(List<StuckLine> lines) {
        return lines.stream().map(l -> List.<Object>of(l.fileId(), l.kind(), l.priority(), l.district(), l.officeId(),
                l.officeName(), l.deskId(), Formats.dateTime(l.arrivedAt()), Formats.dateTime(l.stuckSince()),
                l.dwellDays())).toList();
    }
}
