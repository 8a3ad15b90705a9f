package in.eofficemonitor.streamjobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.job.PipelineRunner;
import in.eofficemonitor.streamjobs.job.SinkBatch;
import in.eofficemonitor.streamjobs.testdata.JobsTestWarehouse;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import in.eofficemonitor.warehouse.health.HealthQueries;
import in.eofficemonitor.warehouse.health.JobFigure;
import in.eofficemonitor.warehouse.health.JobHealth;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live job in a real MiniCluster with the warehouse metric reporter registered as a Flink reporter: its
 * figures, heartbeat, status and checkpoints arrive in job_metrics and read back through the warehouse's
 * HealthQueries, as the dashboard reads them; once the job stops, the heartbeat goes stale.
 */
class WarehouseMetricReporterIT {

    private static final Duration STALE_AFTER = Duration.ofSeconds(3);

    @TempDir
    Path state;

    @Test
    void theLiveJobsFiguresReachTheWarehouseAndItsHeartbeatStopsWithIt() throws Exception {
        String url = JobsTestWarehouse.database("job_metrics_it");
        try (Warehouse warehouse = Warehouse.open(WarehouseConfig.fromUrl(url).withMigrate(false))) {
            HealthQueries health = new HealthQueries(warehouse);
            Instant since = Instant.now().minus(Duration.ofMinutes(1));
            PipelineRunner.Options o = new PipelineRunner.Options(state, new PipelineRunner.Simulator(7, 3600, 0.02, 1),
                    true, WorkflowSettings.defaults().withParallelism(1), Duration.ofSeconds(1), SinkBatch.defaults(),
                    Duration.ofSeconds(1));
            PipelineRunner.Handle job = PipelineRunner.startEmbedded(warehouse, o);
            JobHealth live;
            try {
                live = await(health, since, j -> j.running(STALE_AFTER)
                        && j.figure(JobFigure.LINES_IN_TOTAL).orElse(0) > 0
                        && j.figure(JobFigure.ROWS_WRITTEN_PER_SECOND).orElse(0) > 0
                        && j.lastCheckpoint().isPresent()
                        && j.figure(JobFigure.SINK_BATCH_LATENCY_MAX_MS).isPresent());
            } finally {
                job.stop();
            }
            assertThat(live.jobName()).isEqualTo("e-Office movements (live simulator)");
            assertThat(live.jobId()).isEqualTo(job.jobId());
            assertThat(live.figure(JobFigure.EVENTS_ACCEPTED_TOTAL).orElseThrow())
                    .isLessThanOrEqualTo(live.figure(JobFigure.LINES_IN_TOTAL).orElseThrow());
            assertThat(live.figure(JobFigure.CHECKPOINTS_COMPLETED).orElseThrow()).isPositive();
            assertThat(live.lastCheckpoint().orElseThrow()).isAfter(since);
            assertThat(live.figure(JobFigure.CHECKPOINT_LAST_DURATION_MS)).isPresent();
            assertThat(live.figure(JobFigure.DEAD_LETTERS_TOTAL)).isPresent();

            // Cancelled, the job reports CANCELLING until its tasks have ended; then nothing more comes.
            JobHealth after = await(health, since, j -> !j.status(STALE_AFTER).equals("RUNNING")
                    && !j.status(STALE_AFTER).equals("CANCELLING"));
            assertThat(after.jobId()).isEqualTo(job.jobId());
            assertThat(after.status(STALE_AFTER)).isEqualTo(JobHealth.NO_HEARTBEAT);
            assertThat(after.running(STALE_AFTER)).isFalse();
        }
    }

    private static JobHealth await(HealthQueries health, Instant since, Predicate<JobHealth> done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Optional<JobHealth> last = Optional.empty();
        while (System.nanoTime() < deadline) {
            List<JobHealth> jobs = health.jobs(since, Duration.ofSeconds(30));
            last = jobs.stream().findFirst();
            if (last.isPresent() && done.test(last.get())) {
                return last.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the job's figures did not arrive in time; last seen: " + last);
    }
}
