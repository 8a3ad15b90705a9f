package in.eofficemonitor.warehouse.calendar;

import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.io.Serial;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which days an office works, and how dwell counts over working days only (DESIGN §3, stuck thresholds).
 *
 * <p>Uttar Pradesh: the Secretariat works a 5-day week (Monday to Friday); every other office a 6-day week
 * with the second Saturday of the month off. Gazetted holidays are off everywhere. {@link #calendarDays()} is
 * the {@code --calendar-days} switch: every day counts.
 *
 * <p>All day boundaries are in Asia/Kolkata. Instances are immutable and serializable (Flink operators hold
 * them).
 */
public final class OfficeCalendar implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    private static final Map<OfficeCategory, OfficeCalendar> BY_CATEGORY = new EnumMap<>(OfficeCategory.class);
    private static final OfficeCalendar CALENDAR_DAYS = new OfficeCalendar(false, false, Set.of(), true);

    /** True: Saturday and Sunday off (Secretariat). False: only Sunday and the second Saturday off. */
    private final boolean fiveDayWeek;

    private final boolean secondSaturdayOff;
    private final Set<LocalDate> holidays;
    private final boolean everyDayCounts;

    private OfficeCalendar(
            boolean fiveDayWeek, boolean secondSaturdayOff, Set<LocalDate> holidays, boolean everyDayCounts) {
        this.fiveDayWeek = fiveDayWeek;
        this.secondSaturdayOff = secondSaturdayOff;
        this.holidays = Set.copyOf(holidays);
        this.everyDayCounts = everyDayCounts;
    }

    /** The calendar of an office category with Uttar Pradesh's shipped holiday list. */
    public static synchronized OfficeCalendar forCategory(OfficeCategory category) {
        return BY_CATEGORY.computeIfAbsent(
                category, c -> forCategory(c, GazettedHolidays.uttarPradesh()));
    }

    /** The calendar of an office category with a given holiday list (e.g. the year's notification). */
    public static OfficeCalendar forCategory(OfficeCategory category, Collection<GazettedHoliday> holidayList) {
        Set<LocalDate> dates = new HashSet<>();
        for (GazettedHoliday h : holidayList) {
            dates.add(h.date());
        }
        boolean secretariat = category == OfficeCategory.SECRETARIAT_DEPARTMENT;
        return new OfficeCalendar(secretariat, !secretariat, dates, false);
    }

    /** Every day is a working day: dwell counts in plain calendar days ({@code --calendar-days}). */
    public static OfficeCalendar calendarDays() {
        return CALENDAR_DAYS;
    }

    public boolean countsEveryDay() {
        return everyDayCounts;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (everyDayCounts) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SUNDAY) {
            return false;
        }
        if (dow == DayOfWeek.SATURDAY) {
            if (fiveDayWeek) {
                return false;
            }
            // The second Saturday falls on the 8th to the 14th.
            if (secondSaturdayOff && day.getDayOfMonth() >= 8 && day.getDayOfMonth() <= 14) {
                return false;
            }
        }
        return !holidays.contains(day);
    }

    /** Whether the day is a gazetted holiday in this calendar (false for {@link #calendarDays()}). */
    public boolean isHoliday(LocalDate day) {
        return !everyDayCounts && holidays.contains(day);
    }

    /** The first working day on or after {@code day}. */
    public LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        // A bounded walk: no real calendar has a year without working days.
        for (int i = 0; i < 366 && !isWorkingDay(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The instant at which a dwell that began at {@code arrival}, counted over working days only, reaches
     * {@code n} full days (n × 24 hours of working-day time). Time on non-working days does not count; an
     * arrival on a non-working day starts counting at 00:00 of the next working day.
     */
    public Instant addWorkingDays(Instant arrival, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        return addWorkingTime(arrival, Duration.ofDays(n));
    }

    /**
     * The instant at which {@code amount} of working-day time has passed since {@code from}: the same count as
     * {@link #addWorkingDays}, for any duration (a feed quiet for 16 working hours, 2 working days). An hour of a
     * non-working day does not count.
     */
    public Instant addWorkingTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        if (everyDayCounts) {
            return from.plus(amount);
        }
        LocalDateTime at = LocalDateTime.ofInstant(from, ZONE);
        LocalDate day = at.toLocalDate();
        if (!isWorkingDay(day)) {
            day = nextWorkingDayFrom(day);
            at = day.atStartOfDay();
        }
        Duration remaining = amount;
        while (true) {
            Duration leftToday = Duration.between(at, day.plusDays(1).atStartOfDay());
            if (remaining.compareTo(leftToday) <= 0) {
                return at.plus(remaining).atZone(ZONE).toInstant();
            }
            remaining = remaining.minus(leftToday);
            day = nextWorkingDayFrom(day.plusDays(1));
            at = day.atStartOfDay();
        }
    }

    @Override
    public String toString() {
        if (everyDayCounts) {
            return "OfficeCalendar[calendar days]";
        }
        return "OfficeCalendar[" + (fiveDayWeek ? "5-day week" : "6-day week, second Saturday off") + ", "
                + holidays.size() + " holidays]";
    }
}
