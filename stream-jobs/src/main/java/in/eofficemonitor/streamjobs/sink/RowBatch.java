package in.eofficemonitor.streamjobs.sink;

import in.eofficemonitor.streamjobs.records.DeadLetterRow;
import in.eofficemonitor.streamjobs.records.DeskVisitRow;
import in.eofficemonitor.streamjobs.records.DuplicateRow;
import in.eofficemonitor.streamjobs.records.FilePositionRow;
import in.eofficemonitor.streamjobs.records.MovementEventRow;
import in.eofficemonitor.streamjobs.records.StuckTransitionRow;
import in.eofficemonitor.streamjobs.records.WarehouseRow;
import java.util.List;

/** The rows of one insert round: a buffer per table, in the order the tables are inserted. */
final class RowBatch {

    private final TableBatch<MovementEventRow> events = new TableBatch<>(SinkTables.EVENTS);
    private final TableBatch<DeskVisitRow> visits = new TableBatch<>(SinkTables.VISITS);
    private final TableBatch<FilePositionRow> positions = new TableBatch<>(SinkTables.POSITIONS);
    private final TableBatch<StuckTransitionRow> stuck = new TableBatch<>(SinkTables.STUCK);
    private final TableBatch<DeadLetterRow> deadLetters = new TableBatch<>(SinkTables.DEAD_LETTERS);
    private final TableBatch<DuplicateRow> duplicates = new TableBatch<>(SinkTables.DUPLICATES);
    final List<TableBatch<?>> tables = List.of(events, visits, positions, stuck, deadLetters, duplicates);
    /**
     * Rows buffered: a row that replaced one of its key does not count, so the batch bound is the rows sent and
     * held, and a batch that collapses well holds more events (and sends fewer rows in all).
     */
    int rows;

    void add(WarehouseRow row) {
        boolean grew = switch (row) {
            case MovementEventRow r -> events.add(r);
            case DeskVisitRow r -> visits.add(r);
            case FilePositionRow r -> positions.add(r);
            case StuckTransitionRow r -> stuck.add(r);
            case DeadLetterRow r -> deadLetters.add(r);
            case DuplicateRow r -> duplicates.add(r);
        };
        if (grew) {
            rows++;
        }
    }
}
