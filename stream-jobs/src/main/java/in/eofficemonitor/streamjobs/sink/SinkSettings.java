package in.eofficemonitor.streamjobs.sink;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;

/**
 * How the ClickHouse sink connects and batches.
 *
 * @param jdbcUrl a {@code jdbc:clickhouse://host:port/db} URL (the official driver, HTTP)
 * @param batchRows flush when this many rows are buffered in one writer (a row that replaced one of its key in
 *     the batch does not count)
 * @param flushInterval flush at least this often while rows are buffered (and always on a checkpoint)
 * @param maxAttempts attempts per batch before the job fails over to its last checkpoint
 * @param firstBackoff wait after the first failed attempt; doubles up to {@code maxBackoff}
 */
public record SinkSettings(
        String jdbcUrl,
        String user,
        String password,
        int batchRows,
        Duration flushInterval,
        int maxAttempts,
        Duration firstBackoff,
        Duration maxBackoff) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * 1,00,000 buffered rows or 10 seconds, whichever first, and every checkpoint. Each INSERT becomes a part the
     * engine merges later, so few large inserts cost it far less than many small ones, and the longer a batch
     * runs the more of a file's position rows and a stay's open and closed rows replace each other before they
     * are sent. Stays wait for the watermark (the out-of-order bound, 10 minutes) anyway.
     */
    public static SinkSettings defaults(String jdbcUrl) {
        return new SinkSettings(jdbcUrl, "default", "", 100_000, Duration.ofSeconds(10), 8, Duration.ofMillis(200),
                Duration.ofSeconds(10));
    }

    public SinkSettings withBatch(int rows, Duration interval) {
        return new SinkSettings(jdbcUrl, user, password, rows, interval, maxAttempts, firstBackoff, maxBackoff);
    }

    public SinkSettings withRetries(int attempts, Duration first, Duration max) {
        return new SinkSettings(jdbcUrl, user, password, batchRows, flushInterval, attempts, first, max);
    }

    public SinkSettings withCredentials(String user, String password) {
        return new SinkSettings(jdbcUrl, user, password, batchRows, flushInterval, maxAttempts, firstBackoff, maxBackoff);
    }
}
