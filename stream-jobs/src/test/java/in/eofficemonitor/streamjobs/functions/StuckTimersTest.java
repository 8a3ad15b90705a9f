package in.eofficemonitor.streamjobs.functions;

import static in.eofficemonitor.streamjobs.functions.FileMovementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.records.DeskVisitRow;
import in.eofficemonitor.streamjobs.records.MovementEventRow;
import in.eofficemonitor.streamjobs.records.SequencedEvent;
import in.eofficemonitor.streamjobs.records.StuckTransitionRow;
import in.eofficemonitor.streamjobs.records.StuckTransitionRow.Transition;
import in.eofficemonitor.streamjobs.records.WarehouseRow;
import in.eofficemonitor.warehouse.movement.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN §3 "Stuck": an event-time timer per stay at its threshold; moving a stuck file clears it. */
class StuckTimersTest {

    @Test
    void aFileStillAtItsDeskWhenTheThresholdPassesBecomesStuckAtTheThreshold() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)));
        watermark(h, SEVEN_DAYS_LATER.minusMillis(1));
        assertThat(rows(h, StuckTransitionRow.class)).isEmpty();

        watermark(h, EIGHT_DAYS_LATER);
        assertThat(rows(h, StuckTransitionRow.class)).singleElement().satisfies(s -> {
            assertThat(s.transition()).isEqualTo(Transition.BECAME_STUCK);
            assertThat(s.at()).isEqualTo(SEVEN_DAYS_LATER);
            assertThat(s.deskId()).isEqualTo(CLERK);
            assertThat(s.arrivedAt()).isEqualTo(MONDAY_10AM);
        });
        assertThat(h.numEventTimeTimers()).isZero();
    }

    @Test
    void movingAStuckFileOnWritesCleared() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)));
        watermark(h, EIGHT_DAYS_LATER);
        send(h, onTime(forwarded("e2", EIGHT_DAYS_LATER.plusSeconds(60), CLERK, SUPERINTENDENT)));
        watermark(h, EIGHT_DAYS_LATER.plusSeconds(60));

        assertThat(rows(h, StuckTransitionRow.class)).extracting(StuckTransitionRow::transition, StuckTransitionRow::at,
                        StuckTransitionRow::eventId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Transition.BECAME_STUCK, SEVEN_DAYS_LATER, ""),
                        org.assertj.core.groups.Tuple.tuple(Transition.CLEARED, EIGHT_DAYS_LATER.plusSeconds(60), "e2"));
    }

    @Test
    void closingAStuckFileClearsIt() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)));
        watermark(h, EIGHT_DAYS_LATER);
        send(h, onTime(closed("e2", EIGHT_DAYS_LATER.plusSeconds(60), CLERK)));
        watermark(h, EIGHT_DAYS_LATER.plusSeconds(60));

        assertThat(rows(h, StuckTransitionRow.class)).extracting(StuckTransitionRow::transition)
                .containsExactly(Transition.BECAME_STUCK, Transition.CLEARED);
    }

    @Test
    void aFileMovedBeforeItsThresholdNeverBecomesStuck() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)),
                onTime(forwarded("e2", MONDAY_10AM.plus(Duration.ofDays(6)), CLERK, SUPERINTENDENT)));
        watermark(h, EIGHT_DAYS_LATER);

        assertThat(rows(h, StuckTransitionRow.class)).isEmpty();
    }

    @Test
    void aFileMovedExactlyAtItsThresholdWasNotStuck() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)),
                onTime(forwarded("e2", SEVEN_DAYS_LATER, CLERK, SUPERINTENDENT)));
        watermark(h, EIGHT_DAYS_LATER);

        assertThat(rows(h, StuckTransitionRow.class)).isEmpty();
    }

    @Test
    void aMoveAppliedAfterTheThresholdBeforeTheTimerFiredStillRecordsStuckThenCleared() throws Exception {
        var h = harness(true);
        // Both the move and the threshold are released by one watermark: the move is ordered after the threshold.
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)));
        watermark(h, MONDAY_10AM);
        send(h, onTime(forwarded("e2", EIGHT_DAYS_LATER, CLERK, SUPERINTENDENT)));
        watermark(h, EIGHT_DAYS_LATER);

        assertThat(rows(h, StuckTransitionRow.class)).extracting(StuckTransitionRow::transition, StuckTransitionRow::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Transition.BECAME_STUCK, SEVEN_DAYS_LATER),
                        org.assertj.core.groups.Tuple.tuple(Transition.CLEARED, EIGHT_DAYS_LATER));
    }

    @Test
    void theThresholdDependsOnPriority() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK, Priority.MOST_IMMEDIATE)));
        watermark(h, MONDAY_10AM.plus(Duration.ofDays(2)));

        assertThat(rows(h, StuckTransitionRow.class)).singleElement()
                .extracting(StuckTransitionRow::at).isEqualTo(MONDAY_10AM.plus(Duration.ofDays(1)));
    }

    @Test
    void theThresholdCountsWorkingDaysOfTheOfficeCalendarByDefault() throws Exception {
        // Secretariat: 5-day week; 24-11-2026 is a gazetted holiday. Seven working days from Monday 16-11 10:00
        // end on Thursday 26-11 10:00 (in calendar days it would be Monday 23-11 10:00).
        Instant workingDayThreshold = OffsetDateTime.parse("2026-11-26T10:00:00+05:30").toInstant();
        var h = harness(false);
        send(h, onTime(new in.eofficemonitor.streamjobs.records.MovementEvent("e1", MONDAY_10AM,
                in.eofficemonitor.warehouse.movement.EventType.CREATED, in.eofficemonitor.warehouse.movement.ItemKind.FILE,
                FILE, SECRETARIAT, "", SECTION_OFFICER, Priority.NORMAL, "Budget note")));
        watermark(h, OffsetDateTime.parse("2026-11-25T10:00:00+05:30").toInstant());
        assertThat(rows(h, StuckTransitionRow.class)).isEmpty();

        watermark(h, workingDayThreshold);
        assertThat(rows(h, StuckTransitionRow.class)).singleElement()
                .extracting(StuckTransitionRow::at).isEqualTo(workingDayThreshold);
        assertThat(rows(h, DeskVisitRow.class)).first().satisfies(v -> {
            assertThat(v.stuckAt()).isEqualTo(workingDayThreshold);
            assertThat(v.stuckAtCalendar()).isEqualTo(MONDAY_10AM.plus(Duration.ofDays(7)));
        });
    }

    @Test
    void calendarDaysSwitchMakesTheTimerCountPlainDays() throws Exception {
        var h = harness(true);
        send(h, onTime(new in.eofficemonitor.streamjobs.records.MovementEvent("e1", MONDAY_10AM,
                in.eofficemonitor.warehouse.movement.EventType.CREATED, in.eofficemonitor.warehouse.movement.ItemKind.FILE,
                FILE, SECRETARIAT, "", SECTION_OFFICER, Priority.NORMAL, "Budget note")));
        watermark(h, SEVEN_DAYS_LATER);

        assertThat(rows(h, StuckTransitionRow.class)).singleElement()
                .extracting(StuckTransitionRow::at).isEqualTo(SEVEN_DAYS_LATER);
    }

    @Test
    void theEndOfABoundedInputDoesNotDeclareStaysStuckAtThresholdsTheDataNeverReached() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)));
        watermark(h, ONE_HOUR_LATER);
        h.processWatermark(Long.MAX_VALUE);

        assertThat(rows(h, StuckTransitionRow.class)).isEmpty();
    }
    /**
     * The job's watermarks are one millisecond before a multiple of their step (StreamMaxWatermarks). Timers set on
     * that grid fire on the same watermarks as timers at the exact instants, so every row is the same; a file's
     * events of one step share one timer.
     */
    @Test
    void timersOnTheWatermarkGridWriteTheSameRowsAsTimersAtTheExactInstants() throws Exception {
        Duration step = Duration.ofMinutes(1);
        var exact = harness(true);
        var onGrid = harness(true, step);
        List<List<SequencedEvent>> arrivals = List.of(
                List.of(onTime(created("e1", MONDAY_10AM, CLERK))),
                List.of(onTime(forwarded("e2", ONE_HOUR_LATER.plusSeconds(5), CLERK, SUPERINTENDENT)),
                        onTime(returned("e3", ONE_HOUR_LATER.plusSeconds(50), SUPERINTENDENT, CLERK))),
                // the threshold (7 days after e3) passes a few seconds before the next move, within one step
                List.of(onTime(forwarded("e4", ONE_HOUR_LATER.plusSeconds(50).plus(Duration.ofDays(7)).plusSeconds(3),
                        CLERK, SUPERINTENDENT))),
                List.of(onTime(forwarded("e5", EIGHT_DAYS_LATER.plus(Duration.ofDays(9)), SUPERINTENDENT, COLLECTOR)),
                        onTime(closed("e6", EIGHT_DAYS_LATER.plus(Duration.ofDays(9)).plusSeconds(59), COLLECTOR))));
        int exactTimers = 0;
        int gridTimers = 0;
        for (List<SequencedEvent> batch : arrivals) {
            for (var h : List.of(exact, onGrid)) {
                send(h, batch.toArray(SequencedEvent[]::new));
            }
            exactTimers = Math.max(exactTimers, exact.numEventTimeTimers());
            gridTimers = Math.max(gridTimers, onGrid.numEventTimeTimers());
            // the next watermark on the grid past the last event of the batch
            Instant last = batch.getLast().event().ts();
            long w = Math.floorDiv(last.toEpochMilli(), step.toMillis()) * step.toMillis() + step.toMillis() - 1;
            for (var h : List.of(exact, onGrid)) {
                h.processWatermark(w);
            }
        }
        assertThat(rows(onGrid, StuckTransitionRow.class)).as("two stays became stuck and were cleared").hasSize(4);
        assertThat(comparable(onGrid)).isEqualTo(comparable(exact));
        assertThat(gridTimers).as("events of one step share a timer").isLessThan(exactTimers);
    }

    /** The rows without the wall-clock ingestion time of movement_events. */
    private static List<Object> comparable(
            org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness<String, SequencedEvent, WarehouseRow> h) {
        return h.extractOutputValues().stream()
                .map(r -> r instanceof MovementEventRow m ? (Object) m.event() : r)
                .toList();
    }

    @Test
    void aFileThatMovesOnKeepsOnlyItsNewStaysTimer() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)));
        watermark(h, MONDAY_10AM);
        send(h, onTime(forwarded("e2", ONE_HOUR_LATER, CLERK, SUPERINTENDENT)));
        watermark(h, ONE_HOUR_LATER);

        assertThat(h.numEventTimeTimers()).as("the superintendent's stay's threshold only").isOne();
        send(h, onTime(closed("e3", TWO_HOURS_LATER, SUPERINTENDENT)));
        watermark(h, TWO_HOURS_LATER);
        assertThat(h.numEventTimeTimers()).as("a closed file waits for nothing").isZero();
    }

    @Test
    void anEventWaitingAtTheInstantOfADeletedThresholdTimerIsStillReleased() throws Exception {
        Duration step = Duration.ofMinutes(1);
        var h = harness(true, step);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)));
        h.processWatermark(grid(MONDAY_10AM, step));
        // e3 waits in the same step as the clerk's threshold (7 days); e2 ends the clerk's stay and deletes that timer
        Instant e3 = SEVEN_DAYS_LATER.plusSeconds(30);
        send(h, onTime(forwarded("e2", ONE_HOUR_LATER, CLERK, SUPERINTENDENT)),
                onTime(forwarded("e3", e3, SUPERINTENDENT, COLLECTOR)));
        h.processWatermark(grid(ONE_HOUR_LATER, step));
        assertThat(rows(h, DeskVisitRow.class)).extracting(DeskVisitRow::deskId).doesNotContain(COLLECTOR);

        h.processWatermark(grid(e3, step));
        assertThat(rows(h, DeskVisitRow.class)).last().satisfies(v -> {
            assertThat(v.deskId()).isEqualTo(COLLECTOR);
            assertThat(v.arrivedAt()).isEqualTo(e3);
        });
    }

    /** The job's watermark that first passes {@code t}: one millisecond before the next multiple of the step. */
    private static long grid(Instant t, Duration step) {
        return Math.floorDiv(t.toEpochMilli(), step.toMillis()) * step.toMillis() + step.toMillis() - 1;
    }
}
