package in.eofficemonitor.streamjobs.functions;

import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.streamjobs.records.SequencedEvent;
import in.eofficemonitor.streamjobs.records.WarehouseRow;
import in.eofficemonitor.streamjobs.registry.RegistryLookup;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/** Named instants, desks and event factories for the per-file state machine tests. */
final class FileMovementFixtures {

    /** Monday 16-11-2026 10:00 IST; 24-11-2026 is a gazetted holiday. */
    static final Instant MONDAY_10AM = OffsetDateTime.parse("2026-11-16T10:00:00+05:30").toInstant();
    static final Instant ONE_HOUR_LATER = MONDAY_10AM.plus(Duration.ofHours(1));
    static final Instant TWO_HOURS_LATER = MONDAY_10AM.plus(Duration.ofHours(2));
    static final Instant THREE_HOURS_LATER = MONDAY_10AM.plus(Duration.ofHours(3));
    static final Instant SEVEN_DAYS_LATER = MONDAY_10AM.plus(Duration.ofDays(7));
    static final Instant EIGHT_DAYS_LATER = MONDAY_10AM.plus(Duration.ofDays(8));

    static final String COLLECTORATE = "KNJ-COLL";
    static final String CLERK = "KNJ-COLL-AG3-01";
    static final String SUPERINTENDENT = "KNJ-COLL-OS-01";
    static final String COLLECTOR = "KNJ-COLL-DM-01";
    static final String SECRETARIAT = "SEC-REV";
    static final String SECTION_OFFICER = "SEC-REV-SO-01";
    static final String FILE = "UP/REV/2026/00123";

    static final RegistryLookup REGISTRY = RegistryLookup.of(
            Map.of(CLERK, COLLECTORATE, SUPERINTENDENT, COLLECTORATE, COLLECTOR, COLLECTORATE,
                    SECTION_OFFICER, SECRETARIAT),
            Map.of(COLLECTORATE, OfficeCategory.DISTRICT_OFFICE, SECRETARIAT, OfficeCategory.SECRETARIAT_DEPARTMENT));

    private FileMovementFixtures() {}

    static MovementEvent created(String eventId, Instant ts, String toDesk) {
        return created(eventId, ts, toDesk, Priority.NORMAL);
    }

    static MovementEvent created(String eventId, Instant ts, String toDesk, Priority priority) {
        return new MovementEvent(eventId, ts, EventType.CREATED, ItemKind.FILE, FILE, COLLECTORATE, "", toDesk,
                priority, "Land record mutation");
    }

    static MovementEvent forwarded(String eventId, Instant ts, String from, String to) {
        return new MovementEvent(eventId, ts, EventType.FORWARDED, ItemKind.FILE, FILE, COLLECTORATE, from, to,
                Priority.NORMAL, "Land record mutation");
    }

    static MovementEvent returned(String eventId, Instant ts, String from, String to) {
        return new MovementEvent(eventId, ts, EventType.RETURNED, ItemKind.FILE, FILE, COLLECTORATE, from, to,
                Priority.NORMAL, "Land record mutation");
    }

    static MovementEvent closed(String eventId, Instant ts, String from) {
        return new MovementEvent(eventId, ts, EventType.CLOSED, ItemKind.FILE, FILE, COLLECTORATE, from, "",
                Priority.NORMAL, "Land record mutation");
    }

    static MovementEvent reopened(String eventId, Instant ts, String to) {
        return new MovementEvent(eventId, ts, EventType.REOPENED, ItemKind.FILE, FILE, COLLECTORATE, "", to,
                Priority.NORMAL, "Land record mutation");
    }

    /** An event as ParseLines would hand it on, in time (not late), from line {@code position}. */
    static SequencedEvent onTime(MovementEvent e) {
        return new SequencedEvent(e, "test", "test:" + e.eventId(), "{\"event_id\":\"" + e.eventId() + "\"}",
                e.ts().toEpochMilli(), false);
    }

    static SequencedEvent late(MovementEvent e) {
        return new SequencedEvent(e, "test", "test:" + e.eventId(), "{\"event_id\":\"" + e.eventId() + "\"}",
                e.ts().plus(Duration.ofHours(1)).toEpochMilli(), true);
    }

    static KeyedOneInputStreamOperatorTestHarness<String, SequencedEvent, WarehouseRow> harness(boolean calendarDays)
            throws Exception {
        return harness(calendarDays, Duration.ofMillis(1));
    }

    /** With timers on the grid of watermarks {@code timerStep} apart (1 ms: every timer at its exact instant). */
    static KeyedOneInputStreamOperatorTestHarness<String, SequencedEvent, WarehouseRow> harness(boolean calendarDays,
            Duration timerStep) throws Exception {
        var rules = new StayRules(REGISTRY, StuckThresholds.defaults(), calendarDays);
        var function = new FileMovementFunction(new FileTransitions(rules), Duration.ofHours(24), timerStep);
        var harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(function), (SequencedEvent e) -> e.event().fileId(), Types.STRING);
        // Rows of several record types share one output, as in the job (WarehouseRows#TYPE).
        harness.setup(in.eofficemonitor.streamjobs.records.WarehouseRows.TYPE.createSerializer(
                new org.apache.flink.api.common.serialization.SerializerConfigImpl()));
        harness.open();
        return harness;
    }

    /** Feeds events as they arrive (with their ts as the record timestamp). */
    static void send(KeyedOneInputStreamOperatorTestHarness<String, SequencedEvent, WarehouseRow> h,
            SequencedEvent... events) throws Exception {
        for (SequencedEvent e : events) {
            h.processElement(e, e.tsMillis());
        }
    }

    static void watermark(KeyedOneInputStreamOperatorTestHarness<String, SequencedEvent, WarehouseRow> h, Instant at)
            throws Exception {
        h.processWatermark(at.toEpochMilli());
    }

    static <T extends WarehouseRow> List<T> rows(
            KeyedOneInputStreamOperatorTestHarness<String, SequencedEvent, WarehouseRow> h, Class<T> type) {
        return h.extractOutputValues().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
