package in.eofficemonitor.warehouse.stuck;

import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.time.Instant;

/**
 * A file or receipt stuck at a desk at a time: its dwell there passed the threshold of its priority.
 *
 * @param stuckSince when the threshold was crossed (working days of the office's calendar, or calendar days)
 * @param dwellDays whole days (completed 24-hour periods) at the desk as of the time asked
 */
public record StuckItem(String fileId, ItemKind kind, Priority priority, String officeId, String deskId,
        Instant arrivedAt, Instant stuckSince, long dwellDays) {}
