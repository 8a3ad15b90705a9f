package in.eofficemonitor.warehouse.trail;

import java.time.Instant;

/**
 * Where a file or receipt is now (its latest state).
 *
 * @param status OPEN or CLOSED
 * @param deskId the current desk; the closing desk when closed
 * @param levels distinct desks it has been at so far
 * @param moves FORWARDED + RETURNED so far
 */
public record FilePosition(String fileId, String kind, String priority, String subject, Instant createdAt,
        String createdOfficeId, String status, String officeId, String deskId, Instant arrivedAt, Instant stuckAt,
        Instant stuckAtCalendar, Instant closedAt, int levels, long moves, Instant lastEventAt) {}
