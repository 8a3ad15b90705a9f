package in.eofficemonitor.streamjobs.job;

import in.eofficemonitor.streamjobs.sink.ClickHouseSink;
import in.eofficemonitor.streamjobs.source.WatchedDirectory;
import in.eofficemonitor.streamjobs.workflow.MovementWorkflow;
import java.time.Duration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The watched-directory job for a Flink cluster (the shaded jar, like {@link KafkaMovementJob}): new JSON Lines
 * files in a directory every task manager can read (a shared disk, HDFS, S3 with Flink's file system plugin) → the
 * movement workflow → a ClickHouse server. docs/operations-flink.md shows how to run it.
 *
 * <pre>
 * flink run -c in.eofficemonitor.streamjobs.job.DirectoryMovementJob stream-jobs-VERSION-job.jar \
 *   --watch s3://exports/eoffice/ [--poll 10s] \
 *   --warehouse jdbc:clickhouse://clickhouse:8123/default --user default --password ... \
 *   --offices offices.csv --desks desks.csv [--calendar-days] [--out-of-order 10m] [--checkpoint-interval 10s]
 *   [--batch-rows 50000] [--flush-interval 1s]
 * </pre>
 */
public final class DirectoryMovementJob {

    private DirectoryMovementJob() {}

    public static void main(String[] args) throws Exception {
        ImportCommand.Args a = ImportCommand.Args.parse(args);
        if (!a.has("watch")) {
            System.err.println("required: --watch DIRECTORY-URI [--poll 10s] " + ClusterJobSetup.USAGE_COMMON + "\n"
                    + JobOptions.USAGE);
            System.exit(2);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        ClusterJobSetup setup = ClusterJobSetup.prepareOrExit(a, env);
        Duration poll = ImportCommand.Args.duration(a.get("poll", "10s"));
        // The reader runs at parallelism 1, like every source of the workflow: what is late is then a function of
        // the input order, which a replay reproduces (docs/architecture.md).
        MovementWorkflow.build(env, WatchedDirectory.source(a.get("watch"), poll, setup.workflow().maxLineBytes()),
                WatchedDirectory.sourceName(a.get("watch")), setup.rules(), setup.workflow(),
                new ClickHouseSink(setup.sink()));
        env.execute("e-Office movements from directory " + a.get("watch"));
    }
}
