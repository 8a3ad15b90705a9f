package in.eofficemonitor.streamjobs.sink;

import in.eofficemonitor.streamjobs.records.WarehouseRow;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers rows per table and inserts them in batches ({@link RowBinaryInserts}): when {@code batchRows} rows are
 * buffered, when {@code flushInterval} has passed, and on every checkpoint barrier and at the end of input
 * ({@link #flush}).
 *
 * <p>A full batch is inserted by a thread of its own while the task fills the next one, so the task computes
 * while the warehouse writes. At most one batch is in flight: a slow warehouse slows the job down (back pressure)
 * instead of filling the heap. {@link #flush} returns only when every row it was given is inserted; Flink calls it
 * on the checkpoint barrier before the checkpoint is taken, so nothing a completed checkpoint covers lives only in
 * memory (docs/architecture.md, exactly once in effect).
 *
 * <p>When every attempt of an insert fails, the next call from the task throws, the job fails over, and it
 * resumes from its last checkpoint (re-inserted rows collapse onto their keys).
 */
final class ClickHouseSinkWriter implements SinkWriter<WarehouseRow> {

    private static final Logger log = LoggerFactory.getLogger(ClickHouseSinkWriter.class);

    private final SinkSettings settings;
    private final ProcessingTimeService timers;
    private final ExecutorService inserter;
    private final RowBinaryInserts inserts;
    private final Counter rowsWritten;
    private final Histogram batchMillis;

    private RowBatch filling = new RowBatch();
    private Future<?> inFlight;
    private boolean flushTimerSet;

    ClickHouseSinkWriter(SinkSettings settings, WriterInitContext context) {
        this.settings = settings;
        this.timers = context.getProcessingTimeService();
        String name = "clickhouse-sink-" + context.getTaskInfo().getIndexOfThisSubtask();
        this.inserter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        var metrics = context.metricGroup();
        Counter retries = metrics.counter("insertRetries");
        this.inserts = new RowBinaryInserts(settings, retries::inc);
        rowsWritten = metrics.counter("rowsWritten");
        metrics.meter("rowsWrittenPerSecond", new MeterView(rowsWritten));
        batchMillis = metrics.histogram("batchLatencyMillis", new DescriptiveStatisticsHistogram(500));
    }

    @Override
    public void write(WarehouseRow row, Context context) throws IOException {
        filling.add(row);
        if (filling.rows >= settings.batchRows()) {
            handOver();
        } else if (!flushTimerSet) {
            flushTimerSet = true;
            timers.registerTimer(timers.getCurrentProcessingTime() + settings.flushInterval().toMillis(), t -> {
                flushTimerSet = false;
                handOver();
            });
        }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException {
        handOver();
        awaitInFlight();
    }

    /** Starts inserting the filling batch once the one before it is in; the task fills a fresh one meanwhile. */
    private void handOver() throws IOException {
        if (filling.rows == 0) {
            return;
        }
        awaitInFlight();
        RowBatch full = filling;
        filling = new RowBatch();
        inFlight = inserter.submit(() -> {
            long started = System.nanoTime();
            inserts.insert(full);
            for (TableBatch<?> table : full.tables) {
                rowsWritten.inc(table.size());
            }
            batchMillis.update((System.nanoTime() - started) / 1_000_000);
            return null;
        });
    }

    private void awaitInFlight() throws IOException {
        if (inFlight == null) {
            return;
        }
        long started = System.nanoTime();
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for an insert", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("insert failed: " + e.getCause(), e.getCause());
        } finally {
            inFlight = null;
            SinkStatistics.waited(System.nanoTime() - started);
        }
    }

    @Override
    public void close() throws Exception {
        inserter.shutdownNow();
        if (!inserter.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("an insert was still running when the ClickHouse sink closed");
        }
        inserts.close();
    }
}
