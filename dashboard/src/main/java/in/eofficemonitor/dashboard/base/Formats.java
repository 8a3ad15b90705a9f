package in.eofficemonitor.dashboard.base;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.OptionalDouble;

/** How every date, time and number reads on screen and in exports: India Standard Time, dd-MM-yyyy, lakh/crore. */
public final class Formats {

    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private Formats() {}

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(IST));
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(IST));
    }

    /** To the second, where the order of events a few seconds apart matters (the audit trail). */
    public static String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(IST));
    }

    public static String number(long value) {
        return IndianNumbers.group(value);
    }

    /** A share as a percentage with one decimal, or an en dash when there is nothing to divide by. */
    public static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f %%", share.getAsDouble() * 100) : "–";
    }

    public static String decimal(OptionalDouble value) {
        return value.isPresent() ? String.format(java.util.Locale.ROOT, "%.2f", value.getAsDouble()) : "–";
    }

    /** A dwell as days and hours ("3 d 4 h"); the unit letters are the same in both languages' tables. */
    public static String dwell(Duration d) {
        if (d == null) {
            return "";
        }
        long hours = d.toHours();
        return hours >= 24 ? (hours / 24) + " d " + (hours % 24) + " h" : hours + " h " + d.toMinutesPart() + " min";
    }
}
