package in.eofficemonitor.streamjobs.source;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.records.InputLine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A Kafka record's value becomes a line by the same rules as a file's line. */
class KafkaLinesTest {

    @Test
    void aValueThatIsNotUtf8IsNotUtf8() throws Exception {
        byte[] value = "{\"subject\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        InputLine line = deserialize(value);
        assertThat(line.rejection()).isEqualTo(RejectionReason.NOT_UTF8);
        assertThat(line.position()).isEqualTo("t:0:7");
    }

    @Test
    void aValueOverTheLimitIsLineTooLongWithItsBeginningKept() throws Exception {
        byte[] value = ("{\"event_id\":\"" + "x".repeat((1 << 20) + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        InputLine line = deserialize(value);
        assertThat(line.rejection()).isEqualTo(RejectionReason.LINE_TOO_LONG);
        assertThat(line.raw()).hasSize(BoundedLines.KEEP_BYTES);
        assertThat(line.detail()).contains(String.valueOf(value.length));
    }

    @Test
    void aGoodValueIsItsText() throws Exception {
        InputLine line = deserialize("{\"a\":\"\u0928\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(line.rejection()).isNull();
        assertThat(line.raw()).isEqualTo("{\"a\":\"\u0928\"}");
    }

    private static InputLine deserialize(byte[] value) throws Exception {
        List<InputLine> out = new ArrayList<>();
        new KafkaLines.Lines().deserialize(new ConsumerRecord<>("t", 0, 7, null, value), new Collector<>() {
            @Override
            public void collect(InputLine record) {
                out.add(record);
            }

            @Override
            public void close() {}
        });
        return out.getFirst();
    }
}
