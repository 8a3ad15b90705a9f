package in.eofficemonitor.streamjobs.records;

import java.time.Instant;

/**
 * A line whose event_id had been seen before (duplicate_events). Keyed by the line's source position, so the
 * count of duplicates stays exact when a replay writes the row again.
 */
public record DuplicateRow(String source, String sourcePosition, String eventId, String fileId, Instant ts,
        Instant arrivedAt) implements WarehouseRow {}
