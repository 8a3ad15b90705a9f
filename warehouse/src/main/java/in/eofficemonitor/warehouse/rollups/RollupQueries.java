package in.eofficemonitor.warehouse.rollups;

import in.eofficemonitor.warehouse.GroupNames;
import in.eofficemonitor.warehouse.Row;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Daily roll-ups per office or per desk (issue 4): created, received, forwarded, returned, closed, and the median
 * and 90th percentile dwell of the stays that ended that day. Computed from the stays when asked, not kept in a
 * table: exact under the jobs' replays (docs/decisions/012-roll-ups-at-query-time.md).
 */
public final class RollupQueries {

    private final Warehouse warehouse;

    public RollupQueries(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * The days {@code from}..{@code to} (inclusive, Asia/Kolkata) with any movement, per office or desk in the
     * scope, by day and then id. Days without a movement at a group are not listed.
     */
    public List<DailyRollup> daily(LocalDate from, LocalDate to, RollupLevel level, Scope scope) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
        SqlParams params = scope.addTo(SqlParams.of("from", from).and("to", to).and("level", level.key()));
        return warehouse.query("rollups/daily", params, r -> {
            String officeId = r.string("office_id");
            String deskId = r.string("desk_id");
            boolean registered = r.intValue("registered") == 1;
            GroupNames.Name name = GroupNames.of(level.key(), level == RollupLevel.DESK ? deskId : officeId,
                    registered, r.string("name"), r.string("name_hi"));
            return new DailyRollup(level, r.date("day"), officeId, deskId, registered, name.en(), name.hi(),
                    r.longValue("created"), r.longValue("received"), r.longValue("forwarded"),
                    r.longValue("returned"), r.longValue("closed"), millis(r, "median_ms"), millis(r, "p90_ms"));
        });
    }

    private static Optional<Duration> millis(Row r, String column) {
        return r.isNull(column) ? Optional.empty() : Optional.of(Duration.ofMillis(r.longValue(column)));
    }
}
