package in.eofficemonitor.streamjobs.sink;

import java.util.concurrent.atomic.LongAdder;

/**
 * What every ClickHouse sink of this JVM has done so far, for the pipeline benchmark, which runs the jobs in the
 * same process and wants to know where the sink's time went. (Flink's metrics, {@code rowsWritten} and
 * {@code batchLatencyMillis}, say the same per subtask for a real cluster's reporters.)
 */
public final class SinkStatistics {

    private static final LongAdder ROWS = new LongAdder();
    private static final LongAdder INSERTS = new LongAdder();
    private static final LongAdder ENCODE_NANOS = new LongAdder();
    private static final LongAdder INSERT_NANOS = new LongAdder();
    private static final LongAdder WAIT_NANOS = new LongAdder();

    private SinkStatistics() {}

    /**
     * @param rowsInserted rows sent to the warehouse (after rows of one key within a batch replaced each other)
     * @param inserts INSERT statements that succeeded
     * @param encodeSeconds time spent encoding rows as RowBinary (on the inserting threads)
     * @param insertSeconds time from sending an INSERT to its answer (on the inserting threads)
     * @param taskWaitSeconds time the jobs' task threads waited for an insert still in flight: back pressure
     *     from the warehouse
     */
    public record Snapshot(long rowsInserted, long inserts, double encodeSeconds, double insertSeconds,
            double taskWaitSeconds) {

        public Snapshot minus(Snapshot before) {
            return new Snapshot(rowsInserted - before.rowsInserted, inserts - before.inserts,
                    encodeSeconds - before.encodeSeconds, insertSeconds - before.insertSeconds,
                    taskWaitSeconds - before.taskWaitSeconds);
        }
    }

    public static Snapshot snapshot() {
        return new Snapshot(ROWS.sum(), INSERTS.sum(), ENCODE_NANOS.sum() / 1e9, INSERT_NANOS.sum() / 1e9,
                WAIT_NANOS.sum() / 1e9);
    }

    static void inserted(int rows, long encodeNanos, long insertNanos) {
        ROWS.add(rows);
        INSERTS.increment();
        ENCODE_NANOS.add(encodeNanos);
        INSERT_NANOS.add(insertNanos);
    }

    static void waited(long nanos) {
        WAIT_NANOS.add(nanos);
    }
}
