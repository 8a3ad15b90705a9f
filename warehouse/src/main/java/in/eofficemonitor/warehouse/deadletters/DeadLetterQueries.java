package in.eofficemonitor.warehouse.deadletters;

import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import java.util.List;

/** The bad input (DESIGN §3: rejected lines go to a dead-letter table with a reason code and the raw line). */
public final class DeadLetterQueries {

    /** How much of a raw line a sample shows (the health view, {@code report dead-letters --samples}). */
    public static final int SHOWN_CHARS = 500;

    /** How many lines of one office were held back as ahead of the stream's time (FUTURE_TS). */
    public record OfficeCount(String officeId, long count) {}

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
        return warehouse.query("deadletters/samples", SqlParams.of("per_reason", perReason).and("shown_chars", SHOWN_CHARS),
                r -> new DeadLetterSample(r.string("reason"), r.string("source"), r.string("source_position"),
                        r.string("detail"), r.string("raw_start"), r.longValue("raw_bytes"), r.string("office_id"),
                        r.instant("arrived_at")));
    }

    /** FUTURE_TS lines per office, the most first: whose clock is wrong. */
    public List<OfficeCount> futureByOffice() {
        return warehouse.query("deadletters/future_by_office", SqlParams.none(),
                r -> new OfficeCount(r.string("office_id"), r.longValue("count")));
    }
}
