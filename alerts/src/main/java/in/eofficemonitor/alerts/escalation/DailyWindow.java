package in.eofficemonitor.alerts.escalation;

import in.eofficemonitor.alerts.schedule.Period;
import in.eofficemonitor.warehouse.calendar.OfficeCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The window a daily escalation covers: from the previous working day's run to this one, both at
 * {@code runAt} IST on working days of the calendar. Derived from the calendar, not from when the app last
 * ran, so after a restart the same run covers the same files and the delivery log dedupes it.
 */
public record DailyWindow(LocalTime runAt, OfficeCalendar calendar) {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    /** The run due at {@code now}: the latest working day whose run time is at or before it. */
    public Period dueAt(Instant now) {
        LocalDate day = now.atZone(IST).toLocalDate();
        if (now.isBefore(at(day))) {
            day = day.minusDays(1);
        }
        day = previousOrSameWorkingDay(day);
        LocalDate previous = previousOrSameWorkingDay(day.minusDays(1));
        return new Period(day.toString(), at(previous), at(day));
    }

    public boolean isRunDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    private Instant at(LocalDate day) {
        return day.atTime(runAt).atZone(IST).toInstant();
    }

    private LocalDate previousOrSameWorkingDay(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; i < 366 && !calendar.isWorkingDay(d); i++) {
            d = d.minusDays(1);
        }
        return d;
    }
}
