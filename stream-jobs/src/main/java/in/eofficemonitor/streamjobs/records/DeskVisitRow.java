package in.eofficemonitor.streamjobs.records;

import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.time.Instant;

/**
 * One stay of a file at a desk (desk_visits). Written open (version 1, {@code leftAt} null) when the file
 * arrives and again closed (version 2) when it leaves; both carry the same key.
 */
public record DeskVisitRow(
        String fileId,
        ItemKind kind,
        Priority priority,
        String officeId,
        String deskId,
        Instant arrivedAt,
        EventType arrivedBy,
        String arrivedEventId,
        Instant stuckAt,
        Instant stuckAtCalendar,
        Instant leftAt,
        EventType leftBy,
        String leftEventId,
        int version) implements WarehouseRow {}
