package in.eofficemonitor.streamjobs.records;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * A parsed event on its way to its file's state, with where it came from and where the stream stood when it
 * arrived. {@code streamMaxTs} is the largest event time the stream had shown up to and including this line;
 * {@code late} says the event was older than {@code streamMaxTs} of the lines before it minus the
 * out-of-order bound. Both are functions of the input order alone, so a replay from a checkpoint decides
 * lateness exactly as the first run did (Flink's own watermarks are not checkpointed). {@code parseRejection} is
 * set when the line was refused before the per-file state: by the parser ({@code event} null), or by the stream's
 * clock ({@code event} set, FUTURE_TS — it still goes to its file so a redelivered copy counts as a duplicate).
 */
@TypeInfo(SequencedEventSerializer.Factory.class)
public record SequencedEvent(MovementEvent event, String source, String position, String raw, long streamMaxTs,
        boolean late, RejectionReason parseRejection, String parseDetail) {

    public SequencedEvent(MovementEvent event, String source, String position, String raw, long streamMaxTs,
            boolean late) {
        this(event, source, position, raw, streamMaxTs, late, null, null);
    }

    /**
     * A line the parser rejected. It travels the same way as events (keyed by its position) so that the job has one
     * output stream and the sink chains to the state operator.
     */
    public static SequencedEvent rejected(InputLine line, RejectionReason reason, String detail) {
        return new SequencedEvent(null, line.source(), line.position(), line.raw(), Long.MIN_VALUE, false, reason, detail);
    }

    /** An event refused by the stream's clock: {@code streamMaxTs} is the time it was not allowed to move. */
    public static SequencedEvent refused(MovementEvent event, InputLine line, long streamMaxTs, RejectionReason reason,
            String detail) {
        return new SequencedEvent(event, line.source(), line.position(), line.raw(), streamMaxTs, false, reason, detail);
    }

    public boolean parsed() {
        return event != null;
    }

    /** The key of the per-file state: the file, or for an unparsable line its own position. */
    public String key() {
        return event != null ? event.fileId() : position;
    }

    public long tsMillis() {
        return event.ts().toEpochMilli();
    }
}
