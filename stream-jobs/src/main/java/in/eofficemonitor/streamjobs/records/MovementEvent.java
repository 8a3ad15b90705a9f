package in.eofficemonitor.streamjobs.records;

import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.time.Instant;

/**
 * One accepted line of the event stream, after parsing and field validation (not yet checked against the
 * file's state). {@code fromDesk} is empty for CREATED and REOPENED, {@code toDesk} is empty for CLOSED.
 */
public record MovementEvent(
        String eventId,
        Instant ts,
        EventType type,
        ItemKind kind,
        String fileId,
        String officeId,
        String fromDesk,
        String toDesk,
        Priority priority,
        String subject) {}
