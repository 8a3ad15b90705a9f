package in.eofficemonitor.streamjobs.records;

/**
 * A parsed event on its way to its file's state, with where it came from and where the stream stood when it
 * arrived. {@code streamMaxTs} is the largest event time the stream had shown up to and including this line;
 * {@code late} says the event was older than {@code streamMaxTs} of the lines before it minus the
 * out-of-order bound. Both are functions of the input order alone, so a replay from a checkpoint decides
 * lateness exactly as the first run did (Flink's own watermarks are not checkpointed).
 */
public record SequencedEvent(MovementEvent event, String source, String position, String raw, long streamMaxTs,
        boolean late) {

    public long tsMillis() {
        return event.ts().toEpochMilli();
    }
}
