package in.eofficemonitor.streamjobs.functions;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.EventLineWriter;
import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.records.InputLine;
import in.eofficemonitor.streamjobs.records.SequencedEvent;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
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
        try (var restored = new OneInputStreamOperatorTestHarness<>(new ParseLinesOperator(new ParseLines(Duration.ofMinutes(10), Duration.ofDays(1))))) {
            restored.initializeState(snapshot);
            restored.open();
            send(restored, "late", T.minus(Duration.ofMinutes(11)));
            assertThat(restored.extractOutputValues()).singleElement().extracting(SequencedEvent::late).isEqualTo(true);
        }
    }

    @Test
    void aFutureDatedEventIsHeldMovesNothingAndIsFutureTsAtTheEndOfTheInput() throws Exception {
        try (var h = harness()) {
            send(h, "a", T);
            send(h, "typo", T.plus(Duration.ofDays(3650)));
            send(h, "b", T.plus(Duration.ofMinutes(1)));
            var out = h.extractOutputValues();
            assertThat(out).extracting(e -> e.event().eventId()).containsExactly("a", "b");
            assertThat(out.get(1).late()).isFalse();
            assertThat(out.get(1).streamMaxTs()).isEqualTo(T.plus(Duration.ofMinutes(1)).toEpochMilli());
            h.endInput();
            var last = h.extractOutputValues().getLast();
            assertThat(last.event().eventId()).isEqualTo("typo");
            assertThat(last.parseRejection()).isEqualTo(RejectionReason.FUTURE_TS);
            assertThat(last.parseDetail()).contains("KNJ-COLL");
            assertThat(last.streamMaxTs()).isEqualTo(T.plus(Duration.ofMinutes(1)).toEpochMilli());
        }
    }

    @Test
    void aBurstFromOneOfficeNeverConfirmsItselfAndGoesOnceItWaitedTooLong() throws Exception {
        try (var h = harness()) {
            send(h, "a", T);
            for (int i = 0; i < 50; i++) {
                send(h, "typo-" + i, T.plus(Duration.ofDays(3650)).plusSeconds(i));
            }
            assertThat(h.extractOutputValues()).hasSize(1);
            for (long i = 0; i <= StreamClock.CONFIRM_WITHIN_EVENTS; i++) {
                send(h, "on-time-" + i, T.plusMillis(i));
            }
            assertThat(h.extractOutputValues()).filteredOn(e -> e.parseRejection() != null)
                    .hasSize(50)
                    .allSatisfy(e -> assertThat(e.parseRejection()).isEqualTo(RejectionReason.FUTURE_TS));
        }
    }

    @Test
    void aJumpConfirmedByASecondOfficeAcrossARestoreLetsTheHeldEventThroughFirst() throws Exception {
        Instant resumed = T.plus(Duration.ofDays(3));
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            send(h, "a", T);
            send(h, "first-after-outage", resumed.plusSeconds(30));
            assertThat(h.extractOutputValues()).hasSize(1);
            snapshot = h.snapshot(1, 1);
        }
        try (var restored = new OneInputStreamOperatorTestHarness<>(new ParseLinesOperator(
                new ParseLines(Duration.ofMinutes(10), Duration.ofDays(1))))) {
            restored.initializeState(snapshot);
            restored.open();
            sendFrom(restored, "other-office", resumed, "SEC-REV", "SEC-REV-SO-01");
            send(restored, "then", resumed.plusSeconds(60));
            var out = restored.extractOutputValues();
            assertThat(out).extracting(e -> e.event().eventId())
                    .containsExactly("first-after-outage", "other-office", "then");
            assertThat(out).allSatisfy(e -> {
                assertThat(e.parseRejection()).isNull();
                assertThat(e.late()).isFalse();
            });
            assertThat(out.get(0).streamMaxTs()).isEqualTo(resumed.plusSeconds(30).toEpochMilli());
        }
    }

    @Test
    void twoOfficesFarApartInTimeDoNotConfirmEachOther() throws Exception {
        try (var h = harness()) {
            send(h, "a", T);
            send(h, "typo-2036", T.plus(Duration.ofDays(3650)));
            sendFrom(h, "typo-2027", T.plus(Duration.ofDays(365)), "SEC-REV", "SEC-REV-SO-01");
            h.endInput();
            assertThat(h.extractOutputValues().subList(1, 3))
                    .allSatisfy(e -> assertThat(e.parseRejection()).isEqualTo(RejectionReason.FUTURE_TS));
        }
    }

    private static void sendFrom(OneInputStreamOperatorTestHarness<InputLine, SequencedEvent> h, String id, Instant ts,
            String office, String desk) throws Exception {
        String line = EventLineWriter.toLine(new in.eofficemonitor.streamjobs.records.MovementEvent(id, ts,
                in.eofficemonitor.warehouse.movement.EventType.CREATED, in.eofficemonitor.warehouse.movement.ItemKind.FILE,
                "UP/OTHER/" + id, office, "", desk, in.eofficemonitor.warehouse.movement.Priority.NORMAL, "other office"));
        h.processElement(new InputLine("test", "f:" + id, line), 0);
    }

    private static OneInputStreamOperatorTestHarness<InputLine, SequencedEvent> harness() throws Exception {
        var h = new OneInputStreamOperatorTestHarness<>(new ParseLinesOperator(new ParseLines(Duration.ofMinutes(10), Duration.ofDays(1))));
        h.open();
        return h;
    }

    private static void send(OneInputStreamOperatorTestHarness<InputLine, SequencedEvent> h, String id, Instant ts)
            throws Exception {
        String line = EventLineWriter.toLine(FileMovementFixtures.created(id, ts, FileMovementFixtures.CLERK));
        h.processElement(new InputLine("test", "f:" + id, line), 0);
    }
}
