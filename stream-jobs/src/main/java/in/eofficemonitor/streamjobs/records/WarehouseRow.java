package in.eofficemonitor.streamjobs.records;

/** A row the jobs write to one warehouse table. Each row type knows its table; the sink batches per table. */
public sealed interface WarehouseRow
        permits MovementEventRow, DeskVisitRow, FilePositionRow, StuckTransitionRow, DeadLetterRow, DuplicateRow {}
