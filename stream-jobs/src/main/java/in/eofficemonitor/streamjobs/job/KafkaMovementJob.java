package in.eofficemonitor.streamjobs.job;

import in.eofficemonitor.streamjobs.contract.DeskCsv;
import in.eofficemonitor.streamjobs.contract.OfficeRegistryCsv;
import in.eofficemonitor.streamjobs.functions.StayRules;
import in.eofficemonitor.streamjobs.records.InputLine;
import in.eofficemonitor.streamjobs.registry.RegistryLoader;
import in.eofficemonitor.streamjobs.registry.RegistryLookup;
import in.eofficemonitor.streamjobs.sink.ClickHouseSink;
import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.source.KafkaLines;
import in.eofficemonitor.streamjobs.workflow.MovementWorkflow;
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
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The production job, submitted to a Flink cluster (the shaded jar, classifier {@code job}): a Kafka topic of
 * event lines → the movement workflow → a ClickHouse server. docs/operations-flink.md shows how to run it.
 *
 * <pre>
 * flink run -c in.eofficemonitor.streamjobs.job.KafkaMovementJob stream-jobs-VERSION-job.jar \
 *   --bootstrap-servers kafka:9092 --topic eoffice-events --group-id eoffice-monitor \
 *   --warehouse jdbc:clickhouse://clickhouse:8123/default --user default --password ... \
 *   --offices offices.csv --desks desks.csv [--calendar-days] [--out-of-order 10m] [--checkpoint-interval 10s]
 * </pre>
 *
 * The cluster's own configuration decides the state backend, checkpoint storage and restart strategy; the job
 * sets the checkpoint interval (exactly-once in effect needs checkpoints: docs/architecture.md).
 */
public final class KafkaMovementJob {

    private KafkaMovementJob() {}

    public static void main(String[] args) throws Exception {
        ImportCommand.Args a = ImportCommand.Args.parse(args);
        String jdbcUrl = a.get("warehouse");
        if (jdbcUrl == null || !a.has("bootstrap-servers") || !a.has("topic")) {
            System.err.println("required: --bootstrap-servers, --topic, --warehouse jdbc:clickhouse://HOST:8123/DB");
            System.exit(2);
        }
        List<Office> offices = a.has("offices") ? OfficeRegistryCsv.read(Path.of(a.get("offices"))).rows() : List.of();
        List<Desk> desks = a.has("desks") ? DeskCsv.read(Path.of(a.get("desks"))).rows() : List.of();
        SinkSettings sink = SinkSettings.defaults(jdbcUrl).withCredentials(a.get("user", "default"), a.get("password", ""));
        Properties p = new Properties();
        p.setProperty("user", sink.user());
        p.setProperty("password", sink.password());
        try (Connection c = DriverManager.getConnection(jdbcUrl, p)) {
            RegistryLoader.load(c, offices, desks, Instant.now());
        }
        WorkflowSettings workflow = WorkflowSettings.defaults();
        if (a.has("out-of-order")) {
            workflow = workflow.withOutOfOrderBound(ImportCommand.Args.duration(a.get("out-of-order")));
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        workflow = workflow.withParallelism(env.getParallelism());
        env.enableCheckpointing(ImportCommand.Args.duration(a.get("checkpoint-interval", "10s")).toMillis());
        StayRules rules = new StayRules(RegistryLookup.of(offices, desks), StuckThresholds.defaults(),
                a.has("calendar-days"));
        build(env, a.get("bootstrap-servers"), a.get("topic"), a.get("group-id", "eoffice-monitor"), rules, workflow,
                sink);
        env.execute("e-Office movements from Kafka topic " + a.get("topic"));
    }

    /** The Kafka source in front of the workflow, one source reader per partition at most. */
    public static void build(StreamExecutionEnvironment env, String bootstrapServers, String topic, String groupId,
            StayRules rules, WorkflowSettings workflow, SinkSettings sink) {
        build(env, KafkaLines.source(bootstrapServers, topic, groupId), topic, rules, workflow, sink);
    }

    public static void build(StreamExecutionEnvironment env,
            org.apache.flink.connector.kafka.source.KafkaSource<InputLine> source, String topic, StayRules rules,
            WorkflowSettings workflow, SinkSettings sink) {
        DataStream<InputLine> lines = env.fromSource(source, WatermarkStrategy.noWatermarks(), KafkaLines.sourceName(topic))
                .uid("source-kafka-lines");
        MovementWorkflow.build(lines, rules, workflow, new ClickHouseSink(sink));
    }
}
