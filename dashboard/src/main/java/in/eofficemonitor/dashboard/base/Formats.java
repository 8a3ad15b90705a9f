package in.eofficemonitor.dashboard.base;

import in.eofficemonitor.dashboard.i18n.DashboardI18n;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/** How every date, time and number reads on screen and in exports: India Standard Time, dd-MM-yyyy, lakh/crore. */
public final class Formats {

    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final DashboardI18n I18N = new DashboardI18n();

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

    /**
     * A dwell as days and hours ("3 d 4 h", "3 दिन 4 घंटे"), or hours and minutes under a day; the units come from the
     * reader's message bundle ({@code unit.*}), so a Hindi page, mail or export never shows Latin unit letters.
     */
    public static String dwell(Duration d, Locale locale) {
        if (d == null) {
            return "";
        }
        long hours = d.toHours();
        return hours >= 24
                ? I18N.getTranslation("unit.daysHours", locale, number(hours / 24), number(hours % 24))
                : I18N.getTranslation("unit.hoursMinutes", locale, number(hours), number(d.toMinutesPart()));
    }

    /** A setting's length: whole days ("3 days", "3 दिन") when it is, else hours ("36 hours", "36 घंटे"). */
    public static String wholeDaysOrHours(Duration d, Locale locale) {
        return d.toHours() % 24 == 0 ? I18N.getTranslation("unit.days", locale, number(d.toDays()))
                : I18N.getTranslation("unit.hours", locale, number(d.toHours()));
    }

    /** Milliseconds with their unit in the reader's language, or an en dash when unknown (negative: not measured). */
    public static String millis(OptionalDouble ms, Locale locale) {
        return ms.isPresent() && ms.getAsDouble() >= 0
                ? I18N.getTranslation("unit.millis", locale, number(Math.round(ms.getAsDouble()))) : "–";
    }
}
