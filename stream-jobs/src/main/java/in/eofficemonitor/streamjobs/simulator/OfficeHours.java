package in.eofficemonitor.streamjobs.simulator;

import in.eofficemonitor.warehouse.calendar.OfficeCalendar;
import in.eofficemonitor.warehouse.calendar.WorkingHours;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Office hours on the office calendar, in epoch seconds: {@link WorkingHours} on the working days of
 * {@link OfficeCalendar} (gazetted holidays included). Working days
 * are cached per epoch day because the simulator asks millions of times.
 */
final class OfficeHours {

    static final int IST_OFFSET = 19_800;
    static final int DAY = 86_400;

    final OfficeCalendar calendar;
    /** Opening and closing time, seconds after local midnight. */
    final int open;
    final int close;

    private long firstDay = Long.MIN_VALUE;
    private byte[] cache = new byte[0]; // 0 unknown, 1 working, 2 closed

    OfficeHours(OfficeCalendar calendar, int open, int close) {
        this.calendar = calendar;
        this.open = open;
        this.close = close;
    }

    static OfficeHours forCategory(OfficeCategory category) {
        WorkingHours hours = WorkingHours.forCategory(category);
        return new OfficeHours(OfficeCalendar.forCategory(category), hours.opens().toSecondOfDay(),
                hours.closes().toSecondOfDay());
    }

    static long day(long t) {
        return Math.floorDiv(t + IST_OFFSET, DAY);
    }

    static int secondOfDay(long t) {
        return (int) Math.floorMod(t + IST_OFFSET, DAY);
    }

    static long at(long day, int secondOfDay) {
        return day * DAY + secondOfDay - IST_OFFSET;
    }

    boolean isWorkingDay(long epochDay) {
        if (firstDay == Long.MIN_VALUE) {
            firstDay = epochDay - 7;
        }
        if (epochDay < firstDay) {
            return calendar.isWorkingDay(LocalDate.ofEpochDay(epochDay));
        }
        long i = epochDay - firstDay;
        if (i >= cache.length) {
            cache = Arrays.copyOf(cache, (int) Math.max(i + 1, cache.length * 2L + 64));
        }
        byte v = cache[(int) i];
        if (v == 0) {
            v = calendar.isWorkingDay(LocalDate.ofEpochDay(epochDay)) ? (byte) 1 : (byte) 2;
            cache[(int) i] = v;
        }
        return v == 1;
    }

    long nextWorkingDay(long epochDay) {
        long d = epochDay;
        while (!isWorkingDay(d)) {
            d++;
        }
        return d;
    }

    /** Whether t falls on a working day within office hours. */
    boolean withinHours(long t) {
        int s = secondOfDay(t);
        return isWorkingDay(day(t)) && s >= open && s < close;
    }

    /** Adds {@code seconds} of office time to t: time outside office hours and on closed days does not pass. */
    long addOfficeTime(long t, long seconds) {
        long d = day(t);
        int s = secondOfDay(t);
        if (!isWorkingDay(d) || s >= close) {
            d = nextWorkingDay(d + (isWorkingDay(d) ? 1 : 0));
            s = open;
        } else if (s < open) {
            s = open;
        }
        long left = seconds;
        while (true) {
            int avail = close - s;
            if (left < avail) {
                return at(d, (int) (s + left));
            }
            left -= avail;
            d = nextWorkingDay(d + 1);
            s = open;
        }
    }
}
