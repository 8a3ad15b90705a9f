package in.eofficemonitor.streamjobs.functions;

import static in.eofficemonitor.streamjobs.functions.FileMovementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.records.DeadLetterRow;
import in.eofficemonitor.streamjobs.records.DeskVisitRow;
import in.eofficemonitor.streamjobs.records.DuplicateRow;
import in.eofficemonitor.streamjobs.records.FilePositionRow;
import in.eofficemonitor.streamjobs.records.MovementEventRow;
import in.eofficemonitor.warehouse.movement.EventType;
import org.junit.jupiter.api.Test;

/** DESIGN §3 "Rules for applying events", one test per rule, through Flink's keyed operator harness. */
class FileMovementFunctionTest {

    @Test
    void createdPutsTheFileAtToDeskAndOpensAStay() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)));
        watermark(h, MONDAY_10AM);

        assertThat(rows(h, MovementEventRow.class)).extracting(r -> r.event().eventId()).containsExactly("e1");
        assertThat(rows(h, DeskVisitRow.class)).singleElement().satisfies(v -> {
            assertThat(v.deskId()).isEqualTo(CLERK);
            assertThat(v.officeId()).isEqualTo(COLLECTORATE);
            assertThat(v.arrivedAt()).isEqualTo(MONDAY_10AM);
            assertThat(v.leftAt()).isNull();
            assertThat(v.version()).isEqualTo(1);
        });
        assertThat(rows(h, FilePositionRow.class)).singleElement().satisfies(p -> {
            assertThat(p.deskId()).isEqualTo(CLERK);
            assertThat(p.closed()).isFalse();
            assertThat(p.levels()).isEqualTo(1);
            assertThat(p.version()).isEqualTo(1);
        });
    }

    @Test
    void forwardedFileLeavesPreviousDesk() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)), onTime(forwarded("e2", ONE_HOUR_LATER, CLERK, SUPERINTENDENT)));
        watermark(h, ONE_HOUR_LATER);

        assertThat(rows(h, DeskVisitRow.class)).extracting(DeskVisitRow::deskId, DeskVisitRow::leftAt,
                        DeskVisitRow::version)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CLERK, null, 1),
                        org.assertj.core.groups.Tuple.tuple(CLERK, ONE_HOUR_LATER, 2),
                        org.assertj.core.groups.Tuple.tuple(SUPERINTENDENT, null, 1));
        assertThat(rows(h, FilePositionRow.class)).last().satisfies(p -> {
            assertThat(p.deskId()).isEqualTo(SUPERINTENDENT);
            assertThat(p.arrivedAt()).isEqualTo(ONE_HOUR_LATER);
            assertThat(p.moves()).isEqualTo(1);
            assertThat(p.levels()).isEqualTo(2);
        });
    }

    @Test
    void returnedFileMovesLikeAForwardAndIsMarkedASendBack() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)),
                onTime(forwarded("e2", ONE_HOUR_LATER, CLERK, SUPERINTENDENT)),
                onTime(returned("e3", TWO_HOURS_LATER, SUPERINTENDENT, CLERK)));
        watermark(h, TWO_HOURS_LATER);

        assertThat(rows(h, DeskVisitRow.class)).last().satisfies(v -> {
            assertThat(v.deskId()).isEqualTo(CLERK);
            assertThat(v.arrivedBy()).isEqualTo(EventType.RETURNED);
        });
        assertThat(rows(h, FilePositionRow.class)).last().satisfies(p -> {
            assertThat(p.moves()).isEqualTo(2);
            assertThat(p.levels()).as("distinct desks").isEqualTo(2);
        });
    }

    @Test
    void closedFileLeavesEveryDesk() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)), onTime(closed("e2", ONE_HOUR_LATER, CLERK)));
        watermark(h, ONE_HOUR_LATER);

        assertThat(rows(h, DeskVisitRow.class)).last().satisfies(v -> {
            assertThat(v.leftAt()).isEqualTo(ONE_HOUR_LATER);
            assertThat(v.leftBy()).isEqualTo(EventType.CLOSED);
        });
        assertThat(rows(h, DeskVisitRow.class)).filteredOn(v -> v.leftAt() == null).hasSize(1)
                .as("only the first, now superseded, open row");
        assertThat(rows(h, FilePositionRow.class)).last().satisfies(p -> {
            assertThat(p.closed()).isTrue();
            assertThat(p.closedAt()).isEqualTo(ONE_HOUR_LATER);
        });
    }

    @Test
    void reopenedFileArrivesAtToDesk() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)), onTime(closed("e2", ONE_HOUR_LATER, CLERK)),
                onTime(reopened("e3", TWO_HOURS_LATER, COLLECTOR)));
        watermark(h, TWO_HOURS_LATER);

        assertThat(rows(h, FilePositionRow.class)).last().satisfies(p -> {
            assertThat(p.closed()).isFalse();
            assertThat(p.deskId()).isEqualTo(COLLECTOR);
            assertThat(p.closedAt()).isNull();
        });
        assertThat(rows(h, DeskVisitRow.class)).last().satisfies(v -> assertThat(v.arrivedBy()).isEqualTo(EventType.REOPENED));
    }

    @Test
    void createdForAFileThatExistsIsRejectedAsFileAlreadyExists() throws Exception {
        assertRejected(RejectionReason.FILE_ALREADY_EXISTS,
                onTime(created("e1", MONDAY_10AM, CLERK)), onTime(created("e2", ONE_HOUR_LATER, SUPERINTENDENT)));
    }

    @Test
    void forwardOfAFileNobodyCreatedIsRejectedAsFileUnknown() throws Exception {
        assertRejected(RejectionReason.FILE_UNKNOWN, onTime(forwarded("e2", ONE_HOUR_LATER, CLERK, SUPERINTENDENT)));
    }

    @Test
    void closeOfAFileNobodyCreatedIsRejectedAsFileUnknown() throws Exception {
        assertRejected(RejectionReason.FILE_UNKNOWN, onTime(closed("e2", ONE_HOUR_LATER, CLERK)));
    }

    @Test
    void forwardOfAClosedFileIsRejectedAsFileClosed() throws Exception {
        assertRejected(RejectionReason.FILE_CLOSED, onTime(created("e1", MONDAY_10AM, CLERK)),
                onTime(closed("e2", ONE_HOUR_LATER, CLERK)), onTime(forwarded("e3", TWO_HOURS_LATER, CLERK, COLLECTOR)));
    }

    @Test
    void forwardFromADeskTheFileIsNotAtIsRejectedAsNotAtDesk() throws Exception {
        assertRejected(RejectionReason.NOT_AT_DESK, onTime(created("e1", MONDAY_10AM, CLERK)),
                onTime(forwarded("e2", ONE_HOUR_LATER, SUPERINTENDENT, COLLECTOR)));
    }

    @Test
    void returnFromADeskTheFileIsNotAtIsRejectedAsNotAtDesk() throws Exception {
        assertRejected(RejectionReason.NOT_AT_DESK, onTime(created("e1", MONDAY_10AM, CLERK)),
                onTime(returned("e2", ONE_HOUR_LATER, COLLECTOR, CLERK)));
    }

    @Test
    void reopenOfAnOpenFileIsRejectedAsNotClosed() throws Exception {
        assertRejected(RejectionReason.NOT_CLOSED, onTime(created("e1", MONDAY_10AM, CLERK)),
                onTime(reopened("e2", ONE_HOUR_LATER, COLLECTOR)));
    }

    @Test
    void aRejectedEventChangesNothing() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)),
                onTime(forwarded("bad", ONE_HOUR_LATER, COLLECTOR, SUPERINTENDENT)),
                onTime(forwarded("e3", TWO_HOURS_LATER, CLERK, SUPERINTENDENT)));
        watermark(h, TWO_HOURS_LATER);

        assertThat(rows(h, MovementEventRow.class)).extracting(r -> r.event().eventId()).containsExactly("e1", "e3");
        assertThat(rows(h, FilePositionRow.class)).last().satisfies(p -> {
            assertThat(p.version()).as("accepted events applied").isEqualTo(2);
            assertThat(p.deskId()).isEqualTo(SUPERINTENDENT);
        });
        assertThat(rows(h, DeadLetterRow.class)).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(RejectionReason.NOT_AT_DESK);
            assertThat(d.rawLine()).contains("bad");
        });
    }

    @Test
    void aRepeatedEventIdIsDroppedAndCountedNeverAppliedTwice() throws Exception {
        var h = harness(true);
        var create = created("e1", MONDAY_10AM, CLERK);
        var forward = forwarded("e2", ONE_HOUR_LATER, CLERK, SUPERINTENDENT);
        send(h, onTime(create), onTime(forward), onTime(forward));
        watermark(h, ONE_HOUR_LATER);
        send(h, onTime(create));
        watermark(h, TWO_HOURS_LATER);

        assertThat(rows(h, MovementEventRow.class)).hasSize(2);
        assertThat(rows(h, DuplicateRow.class)).extracting(DuplicateRow::eventId).containsExactly("e2", "e1");
        assertThat(rows(h, DeadLetterRow.class)).as("a duplicate is not a rejection").isEmpty();
    }

    @Test
    void eventsOutOfOrderWithinTheBoundApplyInEventTimeOrder() throws Exception {
        var h = harness(true);
        send(h, onTime(forwarded("e2", ONE_HOUR_LATER, CLERK, SUPERINTENDENT)),
                onTime(created("e1", MONDAY_10AM, CLERK)));
        watermark(h, TWO_HOURS_LATER);

        assertThat(rows(h, MovementEventRow.class)).extracting(r -> r.event().eventId()).containsExactly("e1", "e2");
        assertThat(rows(h, DeadLetterRow.class)).isEmpty();
        assertThat(rows(h, FilePositionRow.class)).last().extracting(FilePositionRow::deskId).isEqualTo(SUPERINTENDENT);
    }

    @Test
    void eventsWithTheSameTsApplyInEventIdOrder() throws Exception {
        var h = harness(true);
        send(h, onTime(forwarded("e-2", MONDAY_10AM, CLERK, SUPERINTENDENT)),
                onTime(created("e-1", MONDAY_10AM, CLERK)));
        watermark(h, MONDAY_10AM);

        assertThat(rows(h, MovementEventRow.class)).extracting(r -> r.event().eventId()).containsExactly("e-1", "e-2");
    }

    @Test
    void eventsWaitForTheWatermarkBeforeTheyApply() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)));
        watermark(h, MONDAY_10AM.minusMillis(1));
        assertThat(rows(h, MovementEventRow.class)).isEmpty();
        watermark(h, MONDAY_10AM);
        assertThat(rows(h, MovementEventRow.class)).hasSize(1);
    }

    @Test
    void anEventBeyondTheOutOfOrderBoundIsDeadLetteredAsLate() throws Exception {
        var h = harness(true);
        send(h, onTime(created("e1", MONDAY_10AM, CLERK)), late(forwarded("e2", ONE_HOUR_LATER, CLERK, COLLECTOR)));
        watermark(h, TWO_HOURS_LATER);

        assertThat(rows(h, DeadLetterRow.class)).singleElement()
                .extracting(DeadLetterRow::reason).isEqualTo(RejectionReason.LATE);
        assertThat(rows(h, FilePositionRow.class)).last().extracting(FilePositionRow::deskId).isEqualTo(CLERK);
    }

    @Test
    void aLateRedeliveryOfAnAppliedEventIsADuplicateNotLate() throws Exception {
        var h = harness(true);
        var create = created("e1", MONDAY_10AM, CLERK);
        send(h, onTime(create));
        watermark(h, ONE_HOUR_LATER);
        send(h, late(create));

        assertThat(rows(h, DuplicateRow.class)).hasSize(1);
        assertThat(rows(h, DeadLetterRow.class)).isEmpty();
    }

    private static void assertRejected(RejectionReason reason, in.eofficemonitor.streamjobs.records.SequencedEvent... events)
            throws Exception {
        var h = harness(true);
        send(h, events);
        watermark(h, THREE_HOURS_LATER);
        var last = events[events.length - 1];
        assertThat(rows(h, DeadLetterRow.class)).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(reason);
            assertThat(d.eventId()).isEqualTo(last.event().eventId());
            assertThat(d.sourcePosition()).isEqualTo(last.position());
            assertThat(d.rawLine()).isEqualTo(last.raw());
        });
        assertThat(rows(h, MovementEventRow.class)).extracting(r -> r.event().eventId())
                .doesNotContain(last.event().eventId());
    }
}
