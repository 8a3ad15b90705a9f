package in.eofficemonitor.streamjobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.testdata.JobsTestWarehouse;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job of {@code run}: the simulator's live stream into the warehouse through a handle the dashboard can start
 * and stop; its checkpoint is kept for the next start.
 */
class PipelineRunnerIT {

    @TempDir
    Path state;

    @Test
    void theLiveJobWritesSimulatedMovementsAndKeepsItsCheckpointWhenStopped() throws Exception {
        String url = JobsTestWarehouse.database("pipeline_it");
        try (Warehouse warehouse = Warehouse.open(WarehouseConfig.fromUrl(url).withMigrate(false))) {
            PipelineRunner.Options o = new PipelineRunner.Options(state, new PipelineRunner.Simulator(7, 3600, 0.02, 1),
                    true, WorkflowSettings.defaults().withParallelism(1), Duration.ofSeconds(1), SinkBatch.defaults(),
                    Duration.ofSeconds(1));
            PipelineRunner.Handle job = PipelineRunner.startEmbedded(warehouse, o);
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (System.nanoTime() < deadline
                        && (accepted(url) == 0 || LocalFlink.latestCheckpoint(state.resolve("checkpoints")).isEmpty())) {
                    Thread.sleep(250);
                }
            } finally {
                job.stop();
            }
            assertThat(accepted(url)).as("accepted events of the simulator").isPositive();
            assertThat(LocalFlink.latestCheckpoint(state.resolve("checkpoints"))).as("a retained checkpoint").isPresent();
            assertThat(Files.readString(state.resolve("simulator-start.txt"))).as("the simulated clock's anchor").isNotBlank();
            assertThat(Files.readString(state.resolve("source.txt")).strip()).as("whose checkpoints these are")
                    .isEqualTo("simulator seed 7");
            try (Connection c = JobsTestWarehouse.connect(url); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count() FROM offices FINAL")) {
                rs.next();
                assertThat(rs.getLong(1)).as("the scenario's registry was loaded").isGreaterThan(300);
            }
        }
    }

    private static long accepted(String url) throws Exception {
        try (Connection c = JobsTestWarehouse.connect(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count() FROM movement_events")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
