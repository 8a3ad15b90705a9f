package in.eofficemonitor.dashboard.overview;

import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.dashboard.registry.OfficeDirectory;
import in.eofficemonitor.dashboard.security.UserScope;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.kpis.KpiLevel;
import in.eofficemonitor.warehouse.kpis.KpiQueries;
import in.eofficemonitor.warehouse.kpis.KpiRow;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.rollout.RolloutQueries;
import in.eofficemonitor.warehouse.rollout.RolloutRow;
import in.eofficemonitor.warehouse.stuck.StuckCount;
import in.eofficemonitor.warehouse.stuck.StuckQueries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The state overview's numbers, through the same warehouse queries as {@code report rollout|kpis|stuck}: rollout
 * coverage by office category, the key figures of DESIGN §3 over the last 7 days, and the 10 districts and
 * offices with the most stuck files — each within the user's scope.
 */
public final class OverviewService {

    public static final int TOP = 10;
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    /** The key figures summed over the scope; counts as in {@link KpiRow}. */
    public record KeyFigures(LocalDate from, LocalDate to, long opened, long closed, long filesCreated,
            long closedFiles, long levelsSum, long overFourLevels, long idleDesks) {

        public OptionalDouble disposalRate() {
            return opened == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) closed / opened);
        }

        public OptionalDouble meanLevels() {
            return closedFiles == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) levelsSum / closedFiles);
        }

        public OptionalDouble shareOverFourLevels() {
            return closedFiles == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) overFourLevels / closedFiles);
        }
    }

    private final RolloutQueries rollout;
    private final KpiQueries kpis;
    private final StuckQueries stuck;
    private final OfficeDirectory offices;
    private final Clock clock;

    public OverviewService(Warehouse warehouse, OfficeDirectory offices, Clock clock) {
        this.rollout = new RolloutQueries(warehouse);
        this.kpis = new KpiQueries(warehouse);
        this.stuck = new StuckQueries(warehouse);
        this.offices = offices;
        this.clock = clock;
    }

    /** Coverage by category: the whole state for STATE, the police row for POLICE, nothing for narrower roles. */
    public List<RolloutRow> rollout(UserScope scope) {
        List<RolloutRow> rows = rollout.byCategory(clock.instant());
        return switch (scope.role()) {
            case STATE -> rows;
            case POLICE -> rows.stream().filter(r -> r.category().equals(Optional.of(OfficeCategory.POLICE_UNIT))).toList();
            case DISTRICT, OFFICE -> List.of();
        };
    }

    /** The last 7 days (today included) in India. */
    public KeyFigures keyFigures(UserScope scope) {
        LocalDate to = LocalDate.ofInstant(clock.instant(), IST);
        LocalDate from = to.minusDays(6);
        List<KpiRow> rows = scope.filtersByOffice()
                ? kpis.figures(from, to, KpiLevel.OFFICE, scope.warehouseScope()).stream()
                        .filter(r -> scope.allows(offices.find(r.id()).orElse(null))).toList()
                : kpis.figures(from, to, KpiLevel.CATEGORY, scope.warehouseScope());
        long opened = 0, closed = 0, files = 0, closedFiles = 0, levels = 0, over4 = 0, idle = 0;
        for (KpiRow r : rows) {
            opened += r.opened();
            closed += r.closed();
            files += r.filesCreated();
            closedFiles += r.closedFiles();
            levels += r.levelsSum();
            over4 += r.overFourLevels();
            idle += r.idleDesks();
        }
        return new KeyFigures(from, to, opened, closed, files, closedFiles, levels, over4, idle);
    }

    /** The districts with the most stuck files now; only for roles that see more than one district. */
    public List<StuckCount> topDistricts(UserScope scope) {
        if (scope.role() != Role.STATE) {
            return List.of();
        }
        return stuck.top(clock.instant(), false, StuckQueries.Level.DISTRICT, scope.warehouseScope(), TOP);
    }

    public List<StuckCount> topOffices(UserScope scope) {
        Instant now = clock.instant();
        if (!scope.filtersByOffice()) {
            return stuck.top(now, false, StuckQueries.Level.OFFICE, scope.warehouseScope(), TOP);
        }
        return stuck.top(now, false, StuckQueries.Level.OFFICE, scope.warehouseScope(), 100_000).stream()
                .filter(c -> scope.allows(offices.find(c.id()).orElse(null))).limit(TOP).toList();
    }
}
