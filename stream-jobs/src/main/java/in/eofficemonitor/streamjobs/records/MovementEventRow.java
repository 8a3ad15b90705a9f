package in.eofficemonitor.streamjobs.records;

import java.time.Instant;

/** An accepted event (movement_events). {@code ingestedAt} is informational and outside the table's key. */
public record MovementEventRow(MovementEvent event, String source, Instant ingestedAt) implements WarehouseRow {}
