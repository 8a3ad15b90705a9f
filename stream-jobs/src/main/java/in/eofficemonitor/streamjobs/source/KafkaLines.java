package in.eofficemonitor.streamjobs.source;

import in.eofficemonitor.streamjobs.records.InputLine;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * A Kafka topic of JSON event lines (one event per record value, UTF-8) — the production source. Positions are
 * {@code topic:partition:offset}; the offsets are part of Flink's checkpoints, so a restart resumes exactly
 * after the last checkpoint (offsets committed back to Kafka are only for monitoring the consumer group).
 */
public final class KafkaLines {

    private KafkaLines() {}

    /** Starts from the group's committed offsets, or from the earliest record for a new group. */
    public static KafkaSource<InputLine> source(String bootstrapServers, String topic, String groupId) {
        return source(bootstrapServers, topic, groupId,
                OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST));
    }

    public static KafkaSource<InputLine> source(String bootstrapServers, String topic, String groupId,
            OffsetsInitializer start) {
        return builder(bootstrapServers, topic, groupId, start).build();
    }

    /** Reads from the earliest record up to the records present when the job starts, then ends (a backfill). */
    public static KafkaSource<InputLine> backfill(String bootstrapServers, String topic, String groupId) {
        return builder(bootstrapServers, topic, groupId, OffsetsInitializer.earliest())
                .setBounded(OffsetsInitializer.latest())
                .build();
    }

    private static org.apache.flink.connector.kafka.source.KafkaSourceBuilder<InputLine> builder(String bootstrapServers,
            String topic, String groupId, OffsetsInitializer start) {
        return KafkaSource.<InputLine>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(topic)
                .setGroupId(groupId)
                .setStartingOffsets(start)
                .setDeserializer(new Lines());
    }

    public static String sourceName(String topic) {
        return "kafka:" + topic;
    }

    /** The record's value as the raw line; a value that is not UTF-8 still arrives and fails parsing as NOT_JSON. */
    static final class Lines implements KafkaRecordDeserializationSchema<InputLine> {
        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<InputLine> out) {
            String raw = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
            out.collect(new InputLine(sourceName(record.topic()),
                    record.topic() + ":" + record.partition() + ":" + record.offset(), raw));
        }

        @Override
        public TypeInformation<InputLine> getProducedType() {
            return TypeInformation.of(InputLine.class);
        }
    }
}
