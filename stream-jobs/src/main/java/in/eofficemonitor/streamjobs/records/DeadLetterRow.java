package in.eofficemonitor.streamjobs.records;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import java.time.Instant;

/** A rejected line (dead_letters): why, the raw line untouched, and where it came from. */
public record DeadLetterRow(
        String source,
        String sourcePosition,
        RejectionReason reason,
        String detail,
        String rawLine,
        String eventId,
        String fileId,
        Instant arrivedAt) implements WarehouseRow {}
