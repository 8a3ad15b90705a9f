package in.eofficemonitor.streamjobs.records;

import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.time.Instant;

/** A stay crossed its stuck threshold (BECAME_STUCK at the threshold) or a stuck file moved on (CLEARED). */
public record StuckTransitionRow(
        String fileId,
        ItemKind kind,
        Priority priority,
        String officeId,
        String deskId,
        Instant arrivedAt,
        Transition transition,
        Instant at,
        String eventId) implements WarehouseRow {

    public enum Transition {
        BECAME_STUCK,
        CLEARED
    }
}
