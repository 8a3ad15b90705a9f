package in.eofficemonitor.streamjobs.records;

import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * What the jobs know about one file or receipt (keyed state, one per file_id). The "stay" fields describe the
 * desk it is at; once closed they keep the closing desk's stay. {@code stuck} says a BECAME_STUCK row was
 * written for the current stay, so moving it on writes CLEARED.
 */
@TypeInfo(FileStateSerializer.Factory.class)
public record FileState(
        String fileId,
        ItemKind kind,
        String subject,
        Instant createdAt,
        String createdOfficeId,
        boolean closed,
        Instant closedAt,
        String deskId,
        String officeId,
        Priority priority,
        Instant arrivedAt,
        EventType arrivedBy,
        String arrivedEventId,
        Instant stuckAt,
        Instant stuckAtCalendar,
        Instant effectiveStuckAt,
        boolean stuck,
        String[] desksVisited,
        int moves,
        int version,
        String lastEventId,
        Instant lastEventTs) {

    public FileState markedStuck() {
        return new FileState(fileId, kind, subject, createdAt, createdOfficeId, closed, closedAt, deskId, officeId, priority,
                arrivedAt, arrivedBy, arrivedEventId, stuckAt, stuckAtCalendar, effectiveStuckAt, true, desksVisited,
                moves, version, lastEventId, lastEventTs);
    }
}
