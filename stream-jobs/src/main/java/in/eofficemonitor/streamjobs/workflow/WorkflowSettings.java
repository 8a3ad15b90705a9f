package in.eofficemonitor.streamjobs.workflow;

import in.eofficemonitor.streamjobs.source.BoundedLines;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;

/**
 * The knobs of the movement workflow.
 *
 * @param outOfOrderBound how far behind the newest event an event may arrive and still apply in order
 *     (DESIGN §3, default 10 minutes); older ones are dead-lettered as LATE
 * @param maxAhead how far after the time the stream has established an event may be and still count, unless a
 *     second office confirms the jump (default 1 day); later ones are dead-lettered as FUTURE_TS
 * @param maxLineBytes the longest line a source hands on (default 1 MiB); a longer one is a dead letter,
 *     LINE_TOO_LONG, read in bounded memory
 * @param watermarkStep granularity of watermarks (event time); smaller = earlier release, more watermarks
 * @param dedupRetention how long an event id is remembered (processing time): the sources' redelivery window
 * @param parallelism parallelism of the per-file state (the source and parser run at 1)
 * @param sinkParallelism parallelism of the ClickHouse sink; equal to {@code parallelism} it chains to the state
 *     operator (no serialization), lower means fewer concurrent inserts
 */
public record WorkflowSettings(Duration outOfOrderBound, Duration maxAhead, int maxLineBytes, Duration watermarkStep, Duration dedupRetention,
        int parallelism, int sinkParallelism) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static WorkflowSettings defaults() {
        return new WorkflowSettings(Duration.ofMinutes(10), Duration.ofDays(1), BoundedLines.DEFAULT_MAX_LINE_BYTES, Duration.ofSeconds(1), Duration.ofHours(24),
                Math.max(1, Runtime.getRuntime().availableProcessors()), Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public WorkflowSettings withOutOfOrderBound(Duration bound) {
        return new WorkflowSettings(bound, maxAhead, maxLineBytes, watermarkStep, dedupRetention, parallelism, sinkParallelism);
    }

    public WorkflowSettings withMaxAhead(Duration ahead) {
        return new WorkflowSettings(outOfOrderBound, ahead, maxLineBytes, watermarkStep, dedupRetention, parallelism, sinkParallelism);
    }

    public WorkflowSettings withMaxLineBytes(int bytes) {
        return new WorkflowSettings(outOfOrderBound, maxAhead, bytes, watermarkStep, dedupRetention, parallelism,
                sinkParallelism);
    }

    public WorkflowSettings withDedupRetention(Duration retention) {
        return new WorkflowSettings(outOfOrderBound, maxAhead, maxLineBytes, watermarkStep, retention, parallelism, sinkParallelism);
    }

    /** Sets both the state's and the sink's parallelism. */
    public WorkflowSettings withParallelism(int p) {
        return new WorkflowSettings(outOfOrderBound, maxAhead, maxLineBytes, watermarkStep, dedupRetention, p, p);
    }

    public WorkflowSettings withSinkParallelism(int p) {
        return new WorkflowSettings(outOfOrderBound, maxAhead, maxLineBytes, watermarkStep, dedupRetention, parallelism, p);
    }
}
