package in.eofficemonitor.warehouse.rollout;

import java.time.LocalDate;

/**
 * How many of an office's desks acted in one week (issue 4: active users per office per week).
 *
 * @param week the Monday the week starts on (00:00 IST; it runs to the next Monday 00:00)
 * @param desks the office's registered desks (0 for an office the registry does not know)
 * @param activeDesks desks of the office that created an item, or forwarded, returned or closed one, that week —
 *     unregistered desks of the office included, so it can exceed {@code desks}
 */
public record WeeklyActiveDesks(String officeId, boolean registered, String name, String nameHi, LocalDate week,
        long desks, long activeDesks) {}
