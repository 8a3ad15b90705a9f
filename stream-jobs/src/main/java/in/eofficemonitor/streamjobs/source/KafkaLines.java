package in.eofficemonitor.streamjobs.source;

import in.eofficemonitor.streamjobs.records.InputLine;
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
    public static KafkaSource<InputLine> source(String bootstrapServers, String topic, String groupId, int maxLineBytes) {
        return source(bootstrapServers, topic, groupId,
                OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST), maxLineBytes);
    }

    public static KafkaSource<InputLine> source(String bootstrapServers, String topic, String groupId,
            OffsetsInitializer start, int maxLineBytes) {
        return builder(bootstrapServers, topic, groupId, start, maxLineBytes).build();
    }

    /** Reads from the earliest record up to the records present when the job starts, then ends (a backfill). */
    public static KafkaSource<InputLine> backfill(String bootstrapServers, String topic, String groupId,
            int maxLineBytes) {
        return builder(bootstrapServers, topic, groupId, OffsetsInitializer.earliest(), maxLineBytes)
                .setBounded(OffsetsInitializer.latest())
                .build();
    }

    private static org.apache.flink.connector.kafka.source.KafkaSourceBuilder<InputLine> builder(String bootstrapServers,
            String topic, String groupId, OffsetsInitializer start, int maxLineBytes) {
        return KafkaSource.<InputLine>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(topic)
                .setGroupId(groupId)
                .setStartingOffsets(start)
                .setDeserializer(new Lines(maxLineBytes));
    }

    public static String sourceName(String topic) {
        return "kafka:" + topic;
    }

    /**
     * The record's value as a line, by the rules every source shares ({@link BoundedLines}): a value that is not UTF-8
     * is NOT_UTF8, one over the limit LINE_TOO_LONG (the broker's own message size limit applies before it).
     */
    static final class Lines implements KafkaRecordDeserializationSchema<InputLine> {
        private final int maxLineBytes;

        Lines() {
            this(BoundedLines.DEFAULT_MAX_LINE_BYTES);
        }

        Lines(int maxLineBytes) {
            this.maxLineBytes = maxLineBytes;
        }

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<InputLine> out) {
            BoundedLines.Line line = BoundedLines.of(record.value() == null ? new byte[0] : record.value(), maxLineBytes);
            out.collect(new InputLine(sourceName(record.topic()),
                    record.topic() + ":" + record.partition() + ":" + record.offset(), line.text(), line.rejection(),
                    line.detail()));
        }

        @Override
        public TypeInformation<InputLine> getProducedType() {
            return TypeInformation.of(InputLine.class);
        }
    }
}
