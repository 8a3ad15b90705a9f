package in.eofficemonitor.streamjobs.job;

import in.eofficemonitor.streamjobs.functions.StayRules;
import in.eofficemonitor.streamjobs.records.InputLine;
import in.eofficemonitor.streamjobs.sink.ClickHouseSink;
import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.source.KafkaLines;
import in.eofficemonitor.streamjobs.workflow.MovementWorkflow;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
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
 *   [--batch-rows 50000] [--flush-interval 1s]
 * </pre>
 *
 * The cluster's own configuration decides the state backend, checkpoint storage and restart strategy; the job
 * sets the checkpoint interval (exactly-once in effect needs checkpoints: docs/architecture.md).
 */
public final class KafkaMovementJob {

    private KafkaMovementJob() {}

    public static void main(String[] args) throws Exception {
        ImportCommand.Args a = ImportCommand.Args.parse(args);
        if (!a.has("bootstrap-servers") || !a.has("topic")) {
            System.err.println("required: --bootstrap-servers HOST:PORT,… --topic T [--group-id G] "
                    + ClusterJobSetup.USAGE_COMMON + "\n" + JobOptions.USAGE);
            System.exit(2);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        ClusterJobSetup setup = ClusterJobSetup.prepareOrExit(a, env);
        build(env, a.get("bootstrap-servers"), a.get("topic"), a.get("group-id", "eoffice-monitor"), setup.rules(),
                setup.workflow(), setup.sink());
        env.execute("e-Office movements from Kafka topic " + a.get("topic"));
    }

    /** The Kafka source in front of the workflow, one source reader per partition at most. */
    public static void build(StreamExecutionEnvironment env, String bootstrapServers, String topic, String groupId,
            StayRules rules, WorkflowSettings workflow, SinkSettings sink) {
        build(env, KafkaLines.source(bootstrapServers, topic, groupId, workflow.maxLineBytes()), topic, rules, workflow, sink);
    }

    public static void build(StreamExecutionEnvironment env,
            org.apache.flink.connector.kafka.source.KafkaSource<InputLine> source, String topic, StayRules rules,
            WorkflowSettings workflow, SinkSettings sink) {
        DataStream<InputLine> lines = env.fromSource(source, WatermarkStrategy.noWatermarks(), KafkaLines.sourceName(topic))
                .uid("source-kafka-lines");
        MovementWorkflow.build(lines, rules, workflow, new ClickHouseSink(sink));
    }
}
