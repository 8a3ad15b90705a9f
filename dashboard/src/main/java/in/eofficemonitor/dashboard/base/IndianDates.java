package in.eofficemonitor.dashboard.base;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as Indian offices read them: Asia/Kolkata, dd-MM-yyyy. */
public final class IndianDates {

    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(IST);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(IST);

    private IndianDates() {}

    public static String date(Instant t) {
        return t == null ? "" : DATE.format(t);
    }

    public static String dateTime(Instant t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    /** A dwell as whole days and hours, e.g. "12 d 4 h". */
    public static String dwell(Duration d) {
        if (d == null) {
            return "";
        }
        return d.toDays() + " d " + d.toHoursPart() + " h";
    }
}
