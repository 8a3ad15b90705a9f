package in.eofficemonitor.streamjobs.records;

import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.time.Instant;

/** The latest state of a file (file_positions); {@code version} counts the file's accepted events. */
public record FilePositionRow(
        String fileId,
        ItemKind kind,
        Priority priority,
        String subject,
        Instant createdAt,
        String createdOfficeId,
        boolean closed,
        String officeId,
        String deskId,
        Instant arrivedAt,
        Instant stuckAt,
        Instant stuckAtCalendar,
        Instant closedAt,
        int levels,
        int moves,
        String lastEventId,
        Instant lastEventTs,
        int version) implements WarehouseRow {}
