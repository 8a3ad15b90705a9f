package in.eofficemonitor.streamjobs.job;

import in.eofficemonitor.streamjobs.sink.SinkSettings;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;

/**
 * The sink's batch bounds, the part of {@link SinkSettings} an operator tunes: a writer inserts when it holds
 * {@code rows} rows, at least every {@code flushInterval} while it holds any, and always on a checkpoint.
 */
public record SinkBatch(int rows, Duration flushInterval) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static SinkBatch defaults() {
        return of(SinkSettings.defaults(""));
    }

    static SinkBatch of(SinkSettings s) {
        return new SinkBatch(s.batchRows(), s.flushInterval());
    }

    public SinkSettings applyTo(SinkSettings s) {
        return s.withBatch(rows, flushInterval);
    }
}
