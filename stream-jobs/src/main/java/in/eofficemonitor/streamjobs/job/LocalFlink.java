package in.eofficemonitor.streamjobs.job;

import in.eofficemonitor.streamjobs.metrics.WarehouseMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process Flink (MiniCluster) the product runs its jobs on by default: bound to 127.0.0.1 only,
 * checkpoints retained on local disk, and on start the newest retained checkpoint restored, so a killed
 * process picks up where its last checkpoint left off. With {@link WarehouseMetrics} the jobs' key figures are
 * reported into the warehouse ({@code job_metrics}), where the dashboard's health view reads them.
 */
public final class LocalFlink {

    private static final Logger log = LoggerFactory.getLogger(LocalFlink.class);

    private LocalFlink() {}

    /**
     * @param failOnError true: a failure ends the job (import, tests); false: restart from the last checkpoint
     */
    public static StreamExecutionEnvironment environment(int parallelism, CheckpointSettings checkpoints,
            boolean failOnError) {
        return environment(parallelism, checkpoints, failOnError, Optional.empty());
    }

    /** @param metrics where the jobs' figures go (the warehouse metric reporter), if anywhere */
    public static StreamExecutionEnvironment environment(int parallelism, CheckpointSettings checkpoints,
            boolean failOnError, Optional<WarehouseMetrics> metrics) {
        Configuration conf = new Configuration();
        metrics.ifPresent(m -> m.applyTo(conf));
        for (String key : new String[] {"rest.bind-address", "rest.address", "taskmanager.host", "taskmanager.bind-host",
                "jobmanager.bind-host", "jobmanager.rpc.address"}) {
            conf.setString(key, "127.0.0.1");
        }
        conf.setString("rest.bind-port", "0");
        conf.setString("pipeline.object-reuse", "true");
        conf.setString("taskmanager.numberOfTaskSlots", String.valueOf(Math.max(parallelism, 1)));
        conf.setString("state.backend.type", checkpoints.stateBackend());
        conf.setString("execution.checkpointing.storage", "filesystem");
        conf.setString("execution.checkpointing.dir", checkpoints.directory().toAbsolutePath().toUri().toString());
        conf.setString("execution.checkpointing.interval", checkpoints.interval().toMillis() + " ms");
        conf.setString("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
        conf.setString("execution.checkpointing.num-retained", "2");
        if (failOnError) {
            conf.setString("restart-strategy.type", "none");
        } else {
            conf.setString("restart-strategy.type", "exponential-delay");
        }
        if (checkpoints.resume()) {
            latestCheckpoint(checkpoints.directory()).ifPresent(chk -> {
                log.info("Resuming from retained checkpoint {}", chk);
                conf.setString("execution.state-recovery.path", chk.toUri().toString());
            });
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
        env.setParallelism(parallelism);
        return env;
    }

    /** The newest completed checkpoint under {@code directory} (a {@code chk-N} folder with its metadata). */
    public static Optional<Path> latestCheckpoint(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> jobs = Files.list(directory)) {
            return jobs.filter(Files::isDirectory)
                    .flatMap(LocalFlink::checkpointsOf)
                    .filter(chk -> Files.exists(chk.resolve("_metadata")))
                    .max(Comparator.comparing(chk -> modified(chk.resolve("_metadata"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> checkpointsOf(Path jobDir) {
        try (Stream<Path> s = Files.list(jobDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("chk-")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
