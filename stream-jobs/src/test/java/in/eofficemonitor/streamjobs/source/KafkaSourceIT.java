package in.eofficemonitor.streamjobs.source;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.functions.StayRules;
import in.eofficemonitor.streamjobs.job.CheckpointSettings;
import in.eofficemonitor.streamjobs.job.KafkaMovementJob;
import in.eofficemonitor.streamjobs.job.LocalFlink;
import in.eofficemonitor.streamjobs.registry.RegistryLookup;
import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.testdata.GeneratedMovements;
import in.eofficemonitor.streamjobs.testdata.JobsTestWarehouse;
import in.eofficemonitor.streamjobs.testdata.KraftBroker;
import in.eofficemonitor.streamjobs.testdata.ReferenceReplay;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production source against a real Kafka broker (KRaft, in this JVM): event lines produced to a topic are
 * read by the job into the embedded warehouse, with the same results as a plain replay of the lines.
 */
class KafkaSourceIT {

    @TempDir
    Path tmp;

    @Test
    void eventLinesFromATopicLandInTheWarehouseAsFromAFile() throws Exception {
        GeneratedMovements data = GeneratedMovements.generate(23, 150);
        ReferenceReplay expected = ReferenceReplay.of(data.lines, Duration.ofMinutes(10));
        String url = JobsTestWarehouse.database("kafka_it");
        try (KraftBroker broker = KraftBroker.start()) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("eoffice-events", 1, (short) 1))).all().get();
            }
            Properties p = new Properties();
            p.put("bootstrap.servers", broker.bootstrapServers());
            p.put("key.serializer", ByteArraySerializer.class.getName());
            p.put("value.serializer", ByteArraySerializer.class.getName());
            p.put("enable.idempotence", "true");
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
                for (GeneratedMovements.Line line : data.lines) {
                    producer.send(new ProducerRecord<>("eoffice-events", line.raw().getBytes(StandardCharsets.UTF_8)));
                }
                producer.flush();
            }

            StreamExecutionEnvironment env = LocalFlink.environment(2,
                    CheckpointSettings.under(tmp).withResume(false), true);
            StayRules rules = new StayRules(RegistryLookup.of(data.offices, data.desks), StuckThresholds.defaults(), true);
            KafkaMovementJob.build(env, KafkaLines.backfill(broker.bootstrapServers(), "eoffice-events", "it",
                            BoundedLines.DEFAULT_MAX_LINE_BYTES),
                    "eoffice-events", rules, WorkflowSettings.defaults().withParallelism(2).withSinkParallelism(1),
                    SinkSettings.defaults(url).withBatch(500, Duration.ofMillis(200)));
            env.execute("kafka source IT");
        }

        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = JobsTestWarehouse.connect(url); Statement s = c.createStatement()) {
            for (String q : new String[] {
                    "SELECT 'accepted', count() FROM movement_events FINAL WHERE source = 'kafka:eoffice-events'",
                    "SELECT 'duplicates', count() FROM duplicate_events FINAL",
                    "SELECT 'late', count() FROM dead_letters FINAL WHERE reason = 'LATE'",
                    "SELECT 'positions', uniqExact(source_position) FROM dead_letters FINAL WHERE source_position LIKE 'eoffice-events:0:%'"}) {
                try (ResultSet rs = s.executeQuery(q)) {
                    rs.next();
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        assertThat(counts.get("accepted")).isEqualTo(expected.accepted);
        assertThat(counts.get("duplicates")).isEqualTo(expected.duplicates);
        assertThat(counts.get("late")).isEqualTo(expected.late);
        assertThat(counts.get("positions")).as("dead letters named by topic:partition:offset").isPositive();
    }
}
