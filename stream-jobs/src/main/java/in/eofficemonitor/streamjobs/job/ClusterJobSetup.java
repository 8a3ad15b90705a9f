package in.eofficemonitor.streamjobs.job;

import in.eofficemonitor.streamjobs.contract.DeskCsv;
import in.eofficemonitor.streamjobs.contract.OfficeRegistryCsv;
import in.eofficemonitor.streamjobs.functions.StayRules;
import in.eofficemonitor.streamjobs.registry.RegistryLoader;
import in.eofficemonitor.streamjobs.registry.RegistryLookup;
import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.registry.Desk;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * What the jobs submitted to a Flink cluster share, whatever their source: the registry files (read where
 * {@code flink run} runs, shipped in the job graph, loaded into the warehouse), the ClickHouse server, the shared
 * options ({@link JobOptions}) and the checkpoint interval. The cluster's configuration decides the state backend,
 * checkpoint storage and restart strategy.
 */
record ClusterJobSetup(StayRules rules, WorkflowSettings workflow, SinkSettings sink) {

    static final String USAGE_COMMON = """
            --warehouse jdbc:clickhouse://HOST:8123/DB [--user U --password P] [--offices F --desks F]
            [--calendar-days] [--checkpoint-interval 10s] [shared options]""";

    /** {@link #prepare}, or the message and exit status 2 for a wrong command line. */
    static ClusterJobSetup prepareOrExit(ImportCommand.Args a, StreamExecutionEnvironment env) throws Exception {
        try {
            return prepare(a, env);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            throw e;
        }
    }

    /** Reads the common options, loads the registry into the warehouse and sets the checkpoint interval. */
    static ClusterJobSetup prepare(ImportCommand.Args a, StreamExecutionEnvironment env) throws Exception {
        String jdbcUrl = a.get("warehouse");
        if (jdbcUrl == null) {
            throw new IllegalArgumentException("--warehouse jdbc:clickhouse://HOST:8123/DB is required");
        }
        List<Office> offices = a.has("offices") ? OfficeRegistryCsv.read(Path.of(a.get("offices"))).whole() : List.of();
        List<Desk> desks = a.has("desks") ? DeskCsv.read(Path.of(a.get("desks"))).whole() : List.of();
        SinkSettings sink = JobOptions.sink(a, SinkSettings.defaults(jdbcUrl)
                .withCredentials(a.get("user", "default"), a.get("password", "")));
        Properties p = new Properties();
        p.setProperty("user", sink.user());
        p.setProperty("password", sink.password());
        try (Connection c = DriverManager.getConnection(jdbcUrl, p)) {
            List<String> notListed = RegistryLoader.load(c, offices, desks, Instant.now());
            if (!notListed.isEmpty()) {
                System.err.println(RegistryLoader.notListedMessage(a.get("offices"), notListed));
            }
        }
        WorkflowSettings workflow = JobOptions.workflow(a, WorkflowSettings.defaults().withParallelism(env.getParallelism()));
        env.enableCheckpointing(ImportCommand.Args.duration(a.get("checkpoint-interval", "10s")).toMillis());
        StayRules rules = new StayRules(RegistryLookup.of(offices, desks), StuckThresholds.defaults(),
                a.has("calendar-days"));
        return new ClusterJobSetup(rules, workflow, sink);
    }
}
