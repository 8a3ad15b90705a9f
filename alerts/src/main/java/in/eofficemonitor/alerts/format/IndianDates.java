package in.eofficemonitor.alerts.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as every user reads them: Asia/Kolkata, dd-MM-yyyy, 24-hour clock. */
public final class IndianDates {

    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private IndianDates() {}

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String date(Instant instant) {
        return DATE.format(instant.atZone(IST));
    }

    /** With "IST" appended, so a reader abroad is not misled. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(IST)) + " IST";
    }
}
