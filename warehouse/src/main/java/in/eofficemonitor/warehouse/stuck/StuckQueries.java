package in.eofficemonitor.warehouse.stuck;

import in.eofficemonitor.warehouse.GroupNames;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Stuck files and receipts (DESIGN §3) as of any time, past or now: at their desk at T and past their
 * priority's threshold by T. The thresholds per stay are computed by the stream jobs ({@code desk_visits.stuck_at}
 * in working days, {@code stuck_at_calendar} in calendar days); {@code calendarDays} picks which.
 */
public final class StuckQueries {

    /** What stuck items are counted per. */
    public enum Level {
        DISTRICT,
        OFFICE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Warehouse warehouse;

    public StuckQueries(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The items stuck as of {@code asOf}, longest-waiting first: all of them (reports, mails). */
    public List<StuckItem> asOf(Instant asOf, boolean calendarDays, StuckFilter filter) {
        return longestWaiting(asOf, calendarDays, filter, Long.MAX_VALUE).items();
    }

    /**
     * The {@code limit} longest-waiting items stuck as of {@code asOf}, and the number stuck in all: a screen
     * shows a few thousand rows, not the state's lakhs.
     */
    public StuckList longestWaiting(Instant asOf, boolean calendarDays, StuckFilter filter, long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        SqlParams params = filter.addTo(SqlParams.of("as_of", asOf)
                .and("calendar_days", calendarDays).and("limit", limit));
        long[] total = {0};
        List<StuckItem> items = warehouse.query("stuck/as_of", params, row -> {
            total[0] = row.longValue("total");
            return new StuckItem(
                    row.string("file_id"),
                    row.enumValue("kind", ItemKind.class),
                    row.enumValue("priority", Priority.class),
                    row.string("office_id"),
                    row.string("desk_id"),
                    row.instant("arrived_at"),
                    row.instant("stuck_since"),
                    row.longValue("dwell_days"));
        });
        return new StuckList(items, total[0]);
    }

    /** The districts or offices with the most stuck items as of {@code asOf}, at most {@code top} of them. */
    public List<StuckCount> top(Instant asOf, boolean calendarDays, Level level, Scope scope, int top) {
        SqlParams params = scope.addTo(SqlParams.of("as_of", asOf)
                .and("calendar_days", calendarDays).and("level", level.key()).and("top", top));
        return warehouse.query("stuck/top", params, row -> {
            String id = row.string("id");
            boolean registered = row.intValue("registered") == 1;
            GroupNames.Name name = GroupNames.of(level.key(), id, registered, row.string("name"), row.string("name_hi"));
            return new StuckCount(level, id, registered, name.en(), name.hi(), row.longValue("stuck"),
                    row.longValue("files"), row.longValue("receipts"));
        });
    }

    /**
     * Per office, the items pending as of {@code asOf} and how many of them are stuck: the numbers of
     * {@code pendency/as_of} (files + receipts) and {@link #top} by office, in one pass for the ranking.
     */
    public List<StuckShare> shareByOffice(Instant asOf, boolean calendarDays, Scope scope) {
        SqlParams params = scope.addTo(SqlParams.of("as_of", asOf).and("calendar_days", calendarDays));
        return warehouse.query("stuck/share_by_office", params, row -> new StuckShare(row.string("office_id"),
                row.intValue("registered") == 1, row.longValue("pending"), row.longValue("stuck")));
    }
}
