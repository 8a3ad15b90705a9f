package in.eofficemonitor.warehouse.deadletters;

import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import java.util.List;

/** The bad input (DESIGN §3: rejected lines go to a dead-letter table with a reason code and the raw line). */
public final class DeadLetterQueries {

    private final Warehouse warehouse;

    public DeadLetterQueries(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Rejected lines per reason, the most frequent first. */
    public List<DeadLetterCount> countsByReason() {
        return warehouse.query("deadletters/by_reason", SqlParams.none(),
                r -> new DeadLetterCount(r.string("reason"), r.longValue("count")));
    }

    /** The latest {@code perReason} rejected lines of every reason. */
    public List<DeadLetterSample> samples(int perReason) {
        return warehouse.query("deadletters/samples", SqlParams.of("per_reason", perReason),
                r -> new DeadLetterSample(r.string("reason"), r.string("source"), r.string("source_position"),
                        r.string("detail"), r.string("raw_line"), r.instant("arrived_at")));
    }
}
