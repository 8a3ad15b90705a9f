package in.eofficemonitor.streamjobs.functions;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.EventLineWriter;
import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.records.InputLine;
import in.eofficemonitor.streamjobs.records.SequencedEvent;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Parsing and the lateness decision right behind the source (DESIGN §3: bad input never stops the job). */
class ParseLinesTest {

    private static final Instant T = FileMovementFixtures.MONDAY_10AM;

    @Test
    void aBadLineTravelsOnAsARejectionWithItsReasonAndRawLine() throws Exception {
        try (var h = harness()) {
            h.processElement(new InputLine("test", "f:1", "{not json"), 0);
            assertThat(h.extractOutputValues()).singleElement().satisfies(e -> {
                assertThat(e.parsed()).isFalse();
                assertThat(e.parseRejection()).isEqualTo(RejectionReason.NOT_JSON);
                assertThat(e.raw()).isEqualTo("{not json");
                assertThat(e.key()).isEqualTo("f:1");
            });
        }
    }

    @Test
    void anEventMoreThanTheBoundOlderThanTheNewestBeforeItIsLate() throws Exception {
        try (var h = harness()) {
            send(h, "a", T);
            send(h, "b", T.minus(Duration.ofMinutes(9)));
            send(h, "c", T.minus(Duration.ofMinutes(11)));
            assertThat(h.extractOutputValues()).extracting(SequencedEvent::late).containsExactly(false, false, true);
        }
    }

    @Test
    void theNewestTsSurvivesARestoreSoAReplayJudgesLatenessTheSame() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            send(h, "a", T);
            snapshot = h.snapshot(1, 1);
        }
        try (var restored = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(new ParseLines(Duration.ofMinutes(10))))) {
            restored.initializeState(snapshot);
            restored.open();
            send(restored, "late", T.minus(Duration.ofMinutes(11)));
            assertThat(restored.extractOutputValues()).singleElement().extracting(SequencedEvent::late).isEqualTo(true);
        }
    }

    private static OneInputStreamOperatorTestHarness<InputLine, SequencedEvent> harness() throws Exception {
        var h = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(new ParseLines(Duration.ofMinutes(10))));
        h.open();
        return h;
    }

    private static void send(OneInputStreamOperatorTestHarness<InputLine, SequencedEvent> h, String id, Instant ts)
            throws Exception {
        String line = EventLineWriter.toLine(FileMovementFixtures.created(id, ts, FileMovementFixtures.CLERK));
        h.processElement(new InputLine("test", "f:" + id, line), 0);
    }
}
