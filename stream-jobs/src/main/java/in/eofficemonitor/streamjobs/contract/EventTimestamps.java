package in.eofficemonitor.streamjobs.contract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 timestamps with an offset, as the input contract requires ({@code 2026-11-20T10:15:00+05:30},
 * {@code …Z}, {@code …+00:00}, optional fraction of a second, seconds optional). A timestamp without an
 * offset is refused: its instant would depend on the reader's zone.
 */
public final class EventTimestamps {

    private EventTimestamps() {}

    /** The instant, or {@code null} when the text is not ISO-8601 with an offset. */
    public static Instant parseOrNull(String text) {
        Instant fast = parseCommonShape(text);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Fast path for {@code yyyy-MM-ddTHH:mm:ss} followed by {@code Z} or {@code ±HH:MM} (no fraction), the shape
     * of nearly every line; anything else falls back to {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, which
     * gives the same answer, only slower.
     */
    private static Instant parseCommonShape(String s) {
        int n = s.length();
        if (n != 20 && n != 25) {
            return null;
        }
        if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int offsetSeconds;
        if (n == 20) {
            if (s.charAt(19) != 'Z') {
                return null;
            }
            offsetSeconds = 0;
        } else {
            char sign = s.charAt(19);
            int oh = digits(s, 20, 2);
            int om = digits(s, 23, 2);
            if ((sign != '+' && sign != '-') || s.charAt(22) != ':' || oh < 0 || om < 0 || oh > 18 || om > 59) {
                return null;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (sign == '-' ? -1 : 1);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            long epochSecond = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
            ZoneOffset.ofTotalSeconds(offsetSeconds); // refuses offsets beyond ±18:00
            return Instant.ofEpochSecond(epochSecond);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
