package in.eofficemonitor.dashboard.overview;

import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.dashboard.registry.OfficeDirectory;
import in.eofficemonitor.dashboard.security.UserScope;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.kpis.KpiLevel;
import in.eofficemonitor.warehouse.kpis.KpiQueries;
import in.eofficemonitor.warehouse.kpis.KpiRow;
import in.eofficemonitor.warehouse.kpis.KpiTotals;
import in.eofficemonitor.warehouse.kpis.WeeklyCreated;
import in.eofficemonitor.warehouse.live.LiveCounters;
import in.eofficemonitor.warehouse.live.LiveQueries;
import in.eofficemonitor.warehouse.ranking.RankedUnit;
import in.eofficemonitor.warehouse.ranking.Ranking;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RegistryQueries;
import in.eofficemonitor.warehouse.rollout.RolloutQueries;
import in.eofficemonitor.warehouse.rollout.RolloutRow;
import in.eofficemonitor.warehouse.stuck.StuckCount;
import in.eofficemonitor.warehouse.stuck.StuckQueries;
import in.eofficemonitor.warehouse.stuck.StuckShare;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The state overview's numbers, through the same warehouse queries as {@code report rollout|kpis|stuck}: rollout
 * coverage by office category, the key figures of DESIGN §3 over the last 7 days, e-files created per week, the
 * ranking of districts and offices by {@link Ranking}'s score, the 10 districts and offices with the most stuck
 * files, and the live counters — each within the user's scope.
 */
public final class OverviewService {

    public static final int TOP = 10;
    /** Weeks of e-files created shown on the overview's chart. */
    public static final int WEEKS = 12;
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    /** The two rankings of the overview; no districts for a user who sees only one or none. */
    public record Rankings(List<RankedUnit> districts, List<RankedUnit> offices) {}

    /**
     * The key figures of the last 7 days: summed over the scope, and by office. The by-office rows are the costliest
     * query of the page; the ranking takes them from here rather than asking again.
     */
    public record Figures(KpiTotals totals, List<KpiRow> byOffice) {}

    private final RolloutQueries rollout;
    private final KpiQueries kpis;
    private final StuckQueries stuck;
    private final RegistryQueries registry;
    private final LiveQueries live;
    private final OfficeDirectory offices;
    private final Clock clock;

    public OverviewService(Warehouse warehouse, OfficeDirectory offices, Clock clock) {
        this.rollout = new RolloutQueries(warehouse);
        this.kpis = new KpiQueries(warehouse);
        this.stuck = new StuckQueries(warehouse);
        this.registry = new RegistryQueries(warehouse);
        this.live = new LiveQueries(warehouse);
        this.offices = offices;
        this.clock = clock;
    }

    /** Coverage by category: the whole state for STATE, the police row for POLICE, nothing for narrower roles. */
    public List<RolloutRow> rollout(UserScope scope) {
        return switch (scope.role()) {
            case STATE -> rollout.byCategory(clock.instant());
            case POLICE -> rollout.byCategory(clock.instant()).stream()
                    .filter(r -> r.category().equals(Optional.of(OfficeCategory.POLICE_UNIT))).toList();
            // not asked at all: the state-wide count is the costliest query of the page, and none of it is shown
            case DISTRICT, OFFICE -> List.of();
        };
    }

    /** The key figures of the last 7 days (today included) in India, summed over the scope. */
    public KpiTotals keyFigures(UserScope scope) {
        return figures(scope).totals();
    }

    /** The key figures of the last 7 days, summed and by office (police: only police units). */
    public Figures figures(UserScope scope) {
        LocalDate to = today();
        LocalDate from = to.minusDays(6);
        List<KpiRow> rows = kpis.figures(from, to, KpiLevel.OFFICE, scope.warehouseScope()).stream()
                .filter(r -> !scope.filtersByOffice() || scope.allows(offices.find(r.id()).orElse(null))).toList();
        return new Figures(KpiTotals.of(from, to, rows), rows);
    }

    /** e-Files and e-receipts created in each of the last {@value #WEEKS} weeks (Monday to Sunday), this one included. */
    public List<WeeklyCreated> createdPerWeek(UserScope scope) {
        return kpis.createdPerWeek(today(), WEEKS, scope.warehouseScope(), onlyCategory(scope));
    }

    /** Why the feed is quiet, when {@code counters} (just read) show no event in the last minute. */
    public Optional<FeedQuiet> whyQuiet(LiveCounters counters) {
        if (counters.eventsLastMinute() > 0) {
            return Optional.empty();
        }
        return FeedQuiet.of(counters.eventsLastMinute(), live.latestEventTime(counters.at()), counters.at());
    }

    /** The feed's rate over the last minute, the files open and the items stuck now, in the scope. */
    public LiveCounters liveCounters(UserScope scope) {
        return live.counters(clock.instant(), scope.warehouseScope(), onlyCategory(scope));
    }

    /**
     * Districts (for the state only) and offices ranked by {@link Ranking}'s score: rollout stage, the disposal rate
     * of the key figures' 7 days ({@code figures}, from {@link #figures}) and the stuck share now.
     */
    public Rankings rankings(UserScope scope, Figures figures) {
        Instant now = clock.instant();
        Scope query = scope.warehouseScope();
        List<Office> registered = registry.offices(query).stream()
                .filter(o -> !scope.filtersByOffice() || scope.allows(offices.find(o.officeId()).orElse(null))).toList();
        List<StuckShare> atDesksNow = stuck.shareByOffice(now, false, query);
        Ranking.Inputs inputs = new Ranking.Inputs(registered, figures.byOffice(), atDesksNow);
        return new Rankings(scope.role() == Role.STATE ? Ranking.districts(inputs) : List.of(), Ranking.offices(inputs));
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

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), IST);
    }

    /** The police headquarters see the police units, a category spread over every district. */
    private static Optional<OfficeCategory> onlyCategory(UserScope scope) {
        return scope.role() == Role.POLICE ? Optional.of(OfficeCategory.POLICE_UNIT) : Optional.empty();
    }
}
