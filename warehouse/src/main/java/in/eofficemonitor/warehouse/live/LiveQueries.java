package in.eofficemonitor.warehouse.live;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.Instant;
import java.util.Optional;

/** The live counters of the overview: the feed's rate, what is open and what is stuck, in one query. */
public final class LiveQueries {

    private final Warehouse warehouse;

    public LiveQueries(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * @param onlyCategory offices of one category only (the police headquarters see the police units), or any
     */
    public LiveCounters counters(Instant now, Scope scope, Optional<OfficeCategory> onlyCategory) {
        SqlParams params = scope.addTo(SqlParams.of("now", now)
                .and("category", onlyCategory.map(Enum::name).orElse("")));
        return warehouse.queryOne("live/counters", params, r -> new LiveCounters(now, r.longValue("events_last_minute"),
                        r.longValue("open_files"), r.longValue("open_receipts"), r.longValue("stuck_now")))
                .orElse(new LiveCounters(now, 0, 0, 0, 0));
    }

    /** The event time of the accepted event ingested last in the day up to {@code now}; empty when none was. */
    public Optional<Instant> latestEventTime(Instant now) {
        return warehouse.queryOne("live/latest_event", SqlParams.of("now", now), r -> r.instant("ts"));
    }
}
