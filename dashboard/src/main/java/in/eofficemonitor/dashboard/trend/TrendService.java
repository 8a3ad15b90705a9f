package in.eofficemonitor.dashboard.trend;

import in.eofficemonitor.dashboard.registry.OfficeDirectory;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.security.UserScope;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyPoint;
import in.eofficemonitor.warehouse.pendency.PendencyQueries;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Pendency as it was at the end of any past day (DESIGN §3: "last Monday's pendency" must be answerable), and
 * its weekly trend, for the user's scope — the same warehouse queries as {@code report pendency --as-of}.
 */
@Service
public class TrendService {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private final PendencyQueries pendency;
    private final CurrentUser currentUser;
    private final OfficeDirectory offices;
    private final Clock clock;

    public TrendService(Warehouse warehouse, CurrentUser currentUser, OfficeDirectory offices, Clock clock) {
        this.pendency = new PendencyQueries(warehouse);
        this.currentUser = currentUser;
        this.offices = offices;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), IST);
    }

    /** The end of {@code day} in India (the next midnight), or now for today: what "as of that day" means. */
    public Instant endOf(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(IST).toInstant();
        return end.isAfter(clock.instant()) ? clock.instant() : end;
    }

    /** Pendency by district (state) or by office (a district, an office, the police units) as of {@code day}. */
    public List<PendencyRow> asOf(LocalDate day) {
        UserScope scope = currentUser.scope();
        Scope query = scope.warehouseScope();
        PendencyLevel level = query.kind() == Scope.Kind.STATE && !scope.filtersByOffice()
                ? PendencyLevel.DISTRICT : PendencyLevel.OFFICE;
        return pendency.asOf(endOf(day), level, query).stream()
                .filter(r -> !scope.filtersByOffice() || scope.allows(offices.find(r.officeId()).orElse(null)))
                .sorted(Comparator.comparingLong(PendencyRow::total).reversed())
                .toList();
    }

    /**
     * Pendency at the end of each week of the {@code weeks} before {@code day}, for the whole scope. Empty for the
     * police units, whose offices do not form a district or office scope the trend query takes.
     */
    public List<PendencyPoint> weeklyTrend(LocalDate day, int weeks) {
        UserScope scope = currentUser.scope();
        if (scope.filtersByOffice()) {
            return List.of();
        }
        return pendency.trend(day.minusWeeks(weeks), day, 7, scope.warehouseScope());
    }
}
