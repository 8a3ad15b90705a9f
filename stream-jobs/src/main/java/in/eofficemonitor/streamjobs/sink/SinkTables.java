package in.eofficemonitor.streamjobs.sink;

import in.eofficemonitor.streamjobs.records.DeadLetterRow;
import in.eofficemonitor.streamjobs.records.DeskVisitRow;
import in.eofficemonitor.streamjobs.records.DuplicateRow;
import in.eofficemonitor.streamjobs.records.FilePositionRow;
import in.eofficemonitor.streamjobs.records.MovementEventRow;
import in.eofficemonitor.streamjobs.records.StuckTransitionRow;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;

/**
 * The six tables the jobs write and how each row type is encoded, column by column in the order of its
 * {@code sql/sink/<table>.sql}. Enum8 columns take the numbers the migrations (V001, V010) give each name; the
 * same number stands for the same name in every table (left_by and arrived_by use a subset of the event types).
 */
final class SinkTables {

    static final SinkTable<MovementEventRow> EVENTS = SinkTable.appending("movement_events", (o, r) -> {
        var e = r.event();
        o.string(e.eventId());
        o.dateTime64(e.ts());
        o.int8(code(e.type()));
        o.int8(code(e.kind()));
        o.string(e.fileId());
        o.string(e.officeId());
        o.string(e.fromDesk());
        o.string(e.toDesk());
        o.int8(code(e.priority()));
        o.string(e.subject());
        o.string(r.source());
        o.dateTime64(r.ingestedAt());
    });

    static final SinkTable<DeskVisitRow> VISITS = SinkTable.collapsing("desk_visits", (o, r) -> {
        o.string(r.fileId());
        o.int8(code(r.kind()));
        o.int8(code(r.priority()));
        o.string(r.officeId());
        o.string(r.deskId());
        o.dateTime64(r.arrivedAt());
        o.int8(code(r.arrivedBy()));
        o.string(r.arrivedEventId());
        o.dateTime64(r.stuckAt());
        o.dateTime64(r.stuckAtCalendar());
        o.nullableDateTime64(r.leftAt());
        if (o.nullMarker(r.leftBy())) {
            o.int8(code(r.leftBy()));
        }
        o.string(r.leftEventId());
        o.int8(r.version());
    }, r -> new StayKey(r.fileId(), r.arrivedEventId()), (a, b) -> b.version() >= a.version() ? b : a);

    static final SinkTable<FilePositionRow> POSITIONS = SinkTable.collapsing("file_positions", (o, r) -> {
        o.string(r.fileId());
        o.int8(code(r.kind()));
        o.int8(code(r.priority()));
        o.string(r.subject());
        o.dateTime64(r.createdAt());
        o.string(r.createdOfficeId());
        o.int8(r.closed() ? 2 : 1); // status Enum8('OPEN' = 1, 'CLOSED' = 2)
        o.string(r.officeId());
        o.string(r.deskId());
        o.dateTime64(r.arrivedAt());
        o.dateTime64(r.stuckAt());
        o.dateTime64(r.stuckAtCalendar());
        o.nullableDateTime64(r.closedAt());
        o.uint16(r.levels());
        o.uint32(r.moves());
        o.string(r.lastEventId());
        o.dateTime64(r.lastEventTs());
        o.uint32(r.version());
    }, FilePositionRow::fileId, (a, b) -> b.version() >= a.version() ? b : a);

    static final SinkTable<StuckTransitionRow> STUCK = SinkTable.appending("stuck_transitions", (o, r) -> {
        o.string(r.fileId());
        o.int8(code(r.kind()));
        o.int8(code(r.priority()));
        o.string(r.officeId());
        o.string(r.deskId());
        o.dateTime64(r.arrivedAt());
        o.int8(switch (r.transition()) { // Enum8('BECAME_STUCK' = 1, 'CLEARED' = 2)
            case BECAME_STUCK -> 1;
            case CLEARED -> 2;
        });
        o.dateTime64(r.at());
        o.string(r.eventId());
    });

    static final SinkTable<DeadLetterRow> DEAD_LETTERS = SinkTable.appending("dead_letters", (o, r) -> {
        o.string(r.source());
        o.string(r.sourcePosition());
        o.string(r.reason() == null ? "" : r.reason().name()); // LowCardinality(String), not an enum
        o.string(r.detail());
        o.string(r.rawLine());
        o.string(r.eventId());
        o.string(r.fileId());
        o.dateTime64(r.arrivedAt());
    });

    static final SinkTable<DuplicateRow> DUPLICATES = SinkTable.appending("duplicate_events", (o, r) -> {
        o.string(r.source());
        o.string(r.sourcePosition());
        o.string(r.eventId());
        o.string(r.fileId());
        o.dateTime64(r.ts());
        o.dateTime64(r.arrivedAt());
    });


    private SinkTables() {}

    /** Enum8('CREATED' = 1, 'FORWARDED' = 2, 'RETURNED' = 3, 'CLOSED' = 4, 'REOPENED' = 5). */
    static int code(EventType t) {
        return switch (t) {
            case CREATED -> 1;
            case FORWARDED -> 2;
            case RETURNED -> 3;
            case CLOSED -> 4;
            case REOPENED -> 5;
        };
    }

    /** Enum8('FILE' = 1, 'RECEIPT' = 2). */
    static int code(ItemKind k) {
        return switch (k) {
            case FILE -> 1;
            case RECEIPT -> 2;
        };
    }

    /** Enum8('NORMAL' = 1, 'IMMEDIATE' = 2, 'MOST_IMMEDIATE' = 3). */
    static int code(Priority p) {
        return switch (p) {
            case NORMAL -> 1;
            case IMMEDIATE -> 2;
            case MOST_IMMEDIATE -> 3;
        };
    }

    /** A stay's key within a batch: its open and closed rows share it. */
    private record StayKey(String fileId, String arrivedEventId) {}
}
