package in.eofficemonitor.dashboard.overview;

import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.kpis.KpiLevel;
import in.eofficemonitor.warehouse.kpis.KpiQueries;
import in.eofficemonitor.warehouse.kpis.KpiRow;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyQueries;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import in.eofficemonitor.warehouse.rollout.RolloutQueries;
import in.eofficemonitor.warehouse.rollout.RolloutRow;
import in.eofficemonitor.warehouse.stuck.StuckCount;
import in.eofficemonitor.warehouse.stuck.StuckQueries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** The numbers of the overview, always within the logged-in user's scope. */
@Service
public class OverviewService {

    private final CurrentUser user;
    private final RolloutQueries rollout;
    private final StuckQueries stuck;
    private final PendencyQueries pendency;
    private final KpiQueries kpis;
    private final Clock clock;

    public OverviewService(CurrentUser user, RolloutQueries rollout, StuckQueries stuck, PendencyQueries pendency,
            KpiQueries kpis) {
        this.user = user;
        this.rollout = rollout;
        this.stuck = stuck;
        this.pendency = pendency;
        this.kpis = kpis;
        this.clock = Clock.systemUTC();
    }

    public Instant now() {
        return clock.instant();
    }

    /** Rollout coverage by office category: state-wide facts, shown to the state only. */
    public List<RolloutRow> rollout(Instant asOf) {
        return user.isState() ? rollout.byCategory(asOf) : List.of();
    }

    /** The 10 districts (state) or offices (below) with the most stuck files. */
    public List<StuckCount> topStuck(Instant asOf, boolean calendarDays) {
        Scope scope = user.scope();
        StuckQueries.Level level = scope.kind() == Scope.Kind.STATE ? StuckQueries.Level.DISTRICT : StuckQueries.Level.OFFICE;
        return stuck.top(asOf, calendarDays, level, scope, 10);
    }

    /** Pendency by district (state) or office (district, office). */
    public List<PendencyRow> pendency(Instant asOf) {
        Scope scope = user.scope();
        return pendency.asOf(asOf, scope.kind() == Scope.Kind.STATE ? PendencyLevel.DISTRICT : PendencyLevel.OFFICE, scope);
    }

    /** Key figures of the last 30 days for the whole scope. */
    public List<KpiRow> keyFigures(LocalDate from, LocalDate to) {
        Scope scope = user.scope();
        KpiLevel level = scope.kind() == Scope.Kind.STATE ? KpiLevel.CATEGORY
                : scope.kind() == Scope.Kind.DISTRICT ? KpiLevel.DISTRICT : KpiLevel.OFFICE;
        return kpis.figures(from, to, level, scope);
    }
}
