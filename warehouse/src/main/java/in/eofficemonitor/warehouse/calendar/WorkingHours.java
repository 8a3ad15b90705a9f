package in.eofficemonitor.warehouse.calendar;

import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The hours an office is open on its working days ({@link OfficeCalendar}), in Asia/Kolkata: the Secretariat
 * 09:30–18:00, every other office 10:00–17:00. The simulator moves files only then (bar a small after-hours share),
 * and the overview uses them to say that a quiet feed is a closed office, not a broken pipeline.
 */
public record WorkingHours(LocalTime opens, LocalTime closes) {

    private static final WorkingHours SECRETARIAT = new WorkingHours(LocalTime.of(9, 30), LocalTime.of(18, 0));
    private static final WorkingHours OTHER_OFFICES = new WorkingHours(LocalTime.of(10, 0), LocalTime.of(17, 0));
    /** Searching further than this for an opening means a calendar without working days. */
    private static final int MAX_DAYS_AHEAD = 60;

    public static WorkingHours forCategory(OfficeCategory category) {
        return category == OfficeCategory.SECRETARIAT_DEPARTMENT ? SECRETARIAT : OTHER_OFFICES;
    }

    /** Whether an office of {@code category} is open at {@code t}: a working day on its calendar, within hours. */
    public static boolean isOpen(OfficeCategory category, Instant t) {
        ZonedDateTime local = t.atZone(OfficeCalendar.ZONE);
        WorkingHours hours = forCategory(category);
        LocalTime time = local.toLocalTime();
        return OfficeCalendar.forCategory(category).isWorkingDay(local.toLocalDate())
                && !time.isBefore(hours.opens()) && time.isBefore(hours.closes());
    }

    /** Whether any office of any category is open at {@code t}. */
    public static boolean anyOfficeOpen(Instant t) {
        for (OfficeCategory category : OfficeCategory.values()) {
            if (isOpen(category, t)) {
                return true;
            }
        }
        return false;
    }

    /** The first moment at or after {@code t} when an office of any category is open. */
    public static Optional<Instant> nextOpening(Instant t) {
        if (anyOfficeOpen(t)) {
            return Optional.of(t);
        }
        Instant best = null;
        for (OfficeCategory category : OfficeCategory.values()) {
            OfficeCalendar calendar = OfficeCalendar.forCategory(category);
            WorkingHours hours = forCategory(category);
            LocalDate day = t.atZone(OfficeCalendar.ZONE).toLocalDate();
            for (int i = 0; i <= MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
                Instant opens = day.atTime(hours.opens()).atZone(OfficeCalendar.ZONE).toInstant();
                if (calendar.isWorkingDay(day) && !opens.isBefore(t)) {
                    best = best == null || opens.isBefore(best) ? opens : best;
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
