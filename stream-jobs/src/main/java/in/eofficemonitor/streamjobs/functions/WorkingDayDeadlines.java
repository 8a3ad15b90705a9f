package in.eofficemonitor.streamjobs.functions;

import in.eofficemonitor.warehouse.calendar.OfficeCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link OfficeCalendar#addWorkingDays} remembered per arrival day: every stay asks for its threshold, and the
 * calendar walks day by day to find it. For an arrival during a working day the threshold falls at the same time
 * of day a fixed number of days later (the n-th working day after it), and for an arrival on a day off it is a
 * fixed instant (counting starts at the next working day's midnight); arrivals at midnight itself are a case of
 * their own. Asia/Kolkata has no daylight saving, so a day is always 86,400 seconds.
 */
final class WorkingDayDeadlines {

    private static final long DAY = 86_400;
    private final OfficeCalendar calendar;
    private final long zoneOffsetSeconds;
    /** Per (arrival day, days, at midnight): seconds to add to the arrival, or the threshold's epoch second. */
    private final Map<Long, Deadline> byDay = new HashMap<>();

    private record Deadline(boolean fixed, long seconds) {}

    WorkingDayDeadlines(OfficeCalendar calendar) {
        this.calendar = calendar;
        this.zoneOffsetSeconds = OfficeCalendar.ZONE.getRules().getOffset(Instant.EPOCH).getTotalSeconds();
    }

    Instant add(Instant arrival, int days) {
        if (days < 0 || days > 1_000) {
            return calendar.addWorkingDays(arrival, days);
        }
        long local = arrival.getEpochSecond() + zoneOffsetSeconds;
        long day = Math.floorDiv(local, DAY);
        boolean midnight = local - day * DAY == 0 && arrival.getNano() == 0;
        long key = (day * 1_024 + days) * 2 + (midnight ? 1 : 0);
        Deadline known = byDay.get(key);
        if (known == null) {
            Instant exact = calendar.addWorkingDays(arrival, days);
            if (calendar.isWorkingDay(LocalDate.ofEpochDay(day))) {
                long offset = exact.getEpochSecond() - arrival.getEpochSecond();
                if (exact.getNano() != arrival.getNano() || offset % DAY != 0) {
                    return exact; // not the shape this cache relies on: never remembered
                }
                known = new Deadline(false, offset);
            } else {
                known = new Deadline(true, exact.getEpochSecond());
            }
            byDay.put(key, known);
        }
        return known.fixed() ? Instant.ofEpochSecond(known.seconds()) : arrival.plusSeconds(known.seconds());
    }
}
