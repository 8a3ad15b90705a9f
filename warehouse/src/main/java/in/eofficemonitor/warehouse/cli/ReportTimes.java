package in.eofficemonitor.warehouse.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How report command lines read times and dates, and how CSV writes them. */
public final class ReportTimes {

    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ReportTimes() {}

    /**
     * {@code --as-of}: ISO-8601 with an offset ({@code 2026-11-16T10:00:00+05:30}, {@code …Z}) or a date
     * ({@code 2026-11-16}: the start of that day in Asia/Kolkata).
     */
    public static Instant parseInstant(String option, String text) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeException notATimestamp) {
            try {
                return LocalDate.parse(t).atStartOfDay(IST).toInstant();
            } catch (DateTimeException notADate) {
                throw new UsageException(option + " '" + text + "' is neither an ISO-8601 time with an offset "
                        + "(2026-11-16T10:00:00+05:30) nor a date (2026-11-16, meaning 00:00 IST)");
            }
        }
    }

    /** {@code --from}/{@code --to}: a date, {@code 2026-11-16}. */
    public static LocalDate parseDate(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new UsageException(option + " '" + text + "' is not a date (yyyy-MM-dd, e.g. 2026-11-16)");
        }
    }

    /** Times in CSV: ISO-8601 in Asia/Kolkata with its offset, e.g. {@code 2026-11-20T10:15:00+05:30}. */
    public static String format(Instant instant) {
        return instant == null ? "" : CSV_TIME.format(instant.atZone(IST).toOffsetDateTime());
    }
}
