package in.eofficemonitor.streamjobs.job;

import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import java.time.Duration;

/**
 * The settings every way of running the jobs shares ({@code import}, {@code jobs}, the cluster jobs), read from the
 * same options so that each means the same everywhere (docs/architecture.md, "Settings"):
 * {@code --out-of-order 10m}, {@code --max-ahead 1d}, {@code --parallelism N}, {@code --batch-rows N}, {@code --flush-interval 10s}.
 */
final class JobOptions {

    static final String OUT_OF_ORDER = "out-of-order";
    static final String MAX_AHEAD = "max-ahead";
    static final String MAX_LINE_LENGTH = "max-line-length";
    static final String PARALLELISM = "parallelism";
    static final String BATCH_ROWS = "batch-rows";
    static final String FLUSH_INTERVAL = "flush-interval";

    /** Usage lines for the shared options. */
    static final String USAGE = """
              --out-of-order D    how far out of order events may arrive and still apply in order (default 10m;
                                  older ones are dead letters, LATE)
              --max-ahead D       how far ahead of the stream's time an event may be unless another office
                                  confirms the jump (default 1d; further ahead: dead letters, FUTURE_TS)
              --max-line-length B longest line read, in bytes (default 1m = 1 MiB; 512k, 2m or a number); a longer
                                  one is a dead letter, LINE_TOO_LONG, with its first 4 KiB kept
              --parallelism N     parallelism of the per-file state and the sink (default: the cores)
              --batch-rows N      the sink writes when a writer holds this many rows (default 100000)
              --flush-interval D  ... or at least this often while it holds any (default 10s); always on a checkpoint
            D: 10m, 30s, 500ms, 2h or ISO-8601 (PT10M).""";

    private JobOptions() {}

    /** The workflow's settings with {@code --out-of-order}, {@code --max-ahead} and {@code --parallelism} applied. */
    static WorkflowSettings workflow(ImportCommand.Args a, WorkflowSettings base) {
        WorkflowSettings w = base;
        if (a.has(OUT_OF_ORDER)) {
            Duration bound = duration(a, OUT_OF_ORDER);
            if (bound.isNegative()) {
                throw new IllegalArgumentException("--out-of-order must not be negative: " + a.get(OUT_OF_ORDER));
            }
            w = w.withOutOfOrderBound(bound);
        }
        if (a.has(MAX_AHEAD)) {
            Duration ahead = duration(a, MAX_AHEAD);
            if (ahead.isNegative()) {
                throw new IllegalArgumentException("--max-ahead must not be negative: " + a.get(MAX_AHEAD));
            }
            w = w.withMaxAhead(ahead);
        }
        if (a.has(MAX_LINE_LENGTH)) {
            w = w.withMaxLineBytes(bytes(a, MAX_LINE_LENGTH));
        }
        if (a.has(PARALLELISM)) {
            w = w.withParallelism(positive(a, PARALLELISM));
        }
        return w;
    }

    /** The sink's batch bounds with {@code --batch-rows} and {@code --flush-interval} applied. */
    static SinkBatch batch(ImportCommand.Args a, SinkBatch base) {
        int rows = a.has(BATCH_ROWS) ? positive(a, BATCH_ROWS) : base.rows();
        Duration interval = a.has(FLUSH_INTERVAL) ? duration(a, FLUSH_INTERVAL) : base.flushInterval();
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("--flush-interval must be positive: " + a.get(FLUSH_INTERVAL));
        }
        return new SinkBatch(rows, interval);
    }

    static SinkSettings sink(ImportCommand.Args a, SinkSettings base) {
        return batch(a, SinkBatch.of(base)).applyTo(base);
    }

    private static Duration duration(ImportCommand.Args a, String option) {
        try {
            return ImportCommand.Args.duration(a.get(option));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--" + option + " '" + a.get(option)
                    + "' is not a duration (10m, 30s, 500ms, 2h, PT10M)");
        }
    }

    /** A size in bytes: {@code 1048576}, {@code 512k} (KiB) or {@code 1m} (MiB); at least 1 KiB, below 1 GiB. */
    static int bytes(ImportCommand.Args a, String option) {
        String v = a.get(option).strip().toLowerCase(java.util.Locale.ROOT);
        try {
            long unit = v.endsWith("k") ? 1024 : v.endsWith("m") ? 1024 * 1024 : 1;
            long n = Long.parseLong(unit == 1 ? v : v.substring(0, v.length() - 1)) * unit;
            if (n < 1024 || n >= 1L << 30) {
                throw new NumberFormatException();
            }
            return (int) n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + " '" + a.get(option)
                    + "' is not a size from 1k to below 1024m (bytes, or with k or m)");
        }
    }

    private static int positive(ImportCommand.Args a, String option) {
        try {
            int n = Integer.parseInt(a.get(option).strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + " '" + a.get(option) + "' is not a positive whole number");
        }
    }
}
