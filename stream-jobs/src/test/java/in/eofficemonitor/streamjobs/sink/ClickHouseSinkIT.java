package in.eofficemonitor.streamjobs.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.job.CheckpointSettings;
import in.eofficemonitor.streamjobs.job.LocalFlink;
import in.eofficemonitor.streamjobs.records.DeadLetterRow;
import in.eofficemonitor.streamjobs.records.WarehouseRow;
import in.eofficemonitor.streamjobs.records.WarehouseRows;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ExceptionUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sink when ClickHouse cannot be reached: retried with backoff, then the job fails over (never drops rows). */
class ClickHouseSinkIT {

    @TempDir
    Path tmp;

    @Test
    void anUnreachableWarehouseIsRetriedWithBackoffThenTheJobFailsOver() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        SinkSettings settings = SinkSettings.defaults("jdbc:clickhouse://127.0.0.1:" + closedPort + "/default?compress=false")
                .withRetries(3, Duration.ofMillis(50), Duration.ofMillis(100))
                // The insert happens at the end of input, after the source has had its last split: a sink that
                // fails earlier can fail the task before Flink delivers that event, and the job then reports the
                // lost event instead of the sink's failure.
                .withBatch(1_000, Duration.ofHours(1));
        StreamExecutionEnvironment env = LocalFlink.environment(1, CheckpointSettings.under(tmp).withResume(false), true);
        List<WarehouseRow> rows = List.of(new DeadLetterRow("test", "t:1", RejectionReason.NOT_JSON, "broken", "{", "", "",
                Instant.now()));
        env.fromData(rows, WarehouseRows.TYPE).sinkTo(new FailureRecordingSink(new ClickHouseSink(settings)))
                .name("sink").uid("sink");

        long started = System.nanoTime();
        FailureRecordingSink.FAILURES.clear();
        // The job fails; which failure Flink reports is a race: the sink's, or the source's NoMoreSplitEvent that could
        // not reach the task the sink had failed (seen in CI). So the sink's own failure is taken where it is thrown.
        assertThatThrownBy(() -> env.execute("unreachable warehouse"));
        assertThat(FailureRecordingSink.FAILURES).singleElement()
                .satisfies(e -> assertThat(ExceptionUtils.stringifyException(e))
                        .contains("insert into dead_letters failed 3 times"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("two backoffs of 50 and 100 ms")
                .isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    /** The sink under test, with what its writer throws kept (the MiniCluster runs in this JVM). */
    private record FailureRecordingSink(Sink<WarehouseRow> sink) implements Sink<WarehouseRow> {

        static final Queue<Throwable> FAILURES = new ConcurrentLinkedQueue<>();

        @Override
        public SinkWriter<WarehouseRow> createWriter(WriterInitContext context) throws IOException {
            SinkWriter<WarehouseRow> writer = sink.createWriter(context);
            return new SinkWriter<>() {
                @Override
                public void write(WarehouseRow row, Context rowContext) throws IOException,
                        InterruptedException {
                    recorded(() -> writer.write(row, rowContext));
                }

                @Override
                public void flush(boolean endOfInput) throws IOException, InterruptedException {
                    recorded(() -> writer.flush(endOfInput));
                }

                @Override
                public void close() throws Exception {
                    writer.close();
                }
            };
        }

        private interface WriterCall {
            void run() throws IOException, InterruptedException;
        }

        private static void recorded(WriterCall call) throws IOException, InterruptedException {
            try {
                call.run();
            } catch (IOException | InterruptedException | RuntimeException e) {
                FAILURES.add(e);
                throw e;
            }
        }
    }
}
