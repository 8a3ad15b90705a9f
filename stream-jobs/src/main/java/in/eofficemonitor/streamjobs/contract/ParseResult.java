package in.eofficemonitor.streamjobs.contract;

import in.eofficemonitor.streamjobs.records.MovementEvent;
import java.time.Instant;

/** What {@link EventLineParser} made of one line: an event, or a rejection with its reason. */
public sealed interface ParseResult permits ParseResult.Accepted, ParseResult.Rejected {

    /** The line passed every field rule; the event still has to pass the state rules in the stream jobs. */
    record Accepted(MovementEvent event) implements ParseResult {}

    /**
     * The line broke a field rule. {@code detail} says which, in words an exporter can act on;
     * {@code rawLine} is the line exactly as read.
     */
    record Rejected(RejectionReason reason, String detail, String rawLine) implements ParseResult {

        /** The dead-letter record for this rejection. */
        public RejectedLine toRejectedLine(String source, Instant arrivedAt) {
            return new RejectedLine(reason, detail, rawLine, source, arrivedAt);
        }
    }
}
