package in.eofficemonitor.streamjobs.contract;

import in.eofficemonitor.streamjobs.records.MovementEvent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes an event as one line of the input contract, the inverse of {@link EventLineParser}: fields in the
 * contract's order, {@code ts} in Asia/Kolkata with its {@code +05:30} offset and whole seconds (a fraction is
 * kept when present), desks the type does not use left out, strings escaped per RFC 8259.
 */
public final class EventLineWriter {

    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

    private EventLineWriter() {}

    public static String toLine(MovementEvent e) {
        StringBuilder sb = new StringBuilder(256);
        append(sb, e);
        return sb.toString();
    }

    /** Appends the line (without a line terminator) to {@code sb}. */
    public static void append(StringBuilder sb, MovementEvent e) {
        append(sb, e, true);
    }

    /**
     * Appends the line without escaping its strings: only for writers whose every string is known to need no JSON
     * escaping (no quote, backslash or control character). The simulator checks its names once at start-up and
     * writes 100 M lines this way, because scanning every string of every line for escapes was its hottest spot.
     */
    public static void appendUnescaped(StringBuilder sb, MovementEvent e) {
        append(sb, e, false);
    }

    /** Whether {@code s} can be written into a JSON string as it is. */
    public static boolean safeUnescaped(String s) {
        return !needsEscape(s);
    }

    private static void append(StringBuilder sb, MovementEvent e, boolean escape) {
        sb.append("{\"event_id\":");
        str(sb, escape, e.eventId());
        sb.append(",\"ts\":\"");
        timestamp(sb, e.ts());
        sb.append("\",\"type\":\"").append(e.type().name());
        sb.append("\",\"kind\":\"").append(e.kind().name());
        sb.append("\",\"file_id\":");
        str(sb, escape, e.fileId());
        sb.append(",\"office_id\":");
        str(sb, escape, e.officeId());
        if (e.fromDesk() != null && !e.fromDesk().isEmpty()) {
            sb.append(",\"from_desk\":");
            str(sb, escape, e.fromDesk());
        }
        if (e.toDesk() != null && !e.toDesk().isEmpty()) {
            sb.append(",\"to_desk\":");
            str(sb, escape, e.toDesk());
        }
        sb.append(",\"priority\":\"").append(e.priority().name()).append('"');
        if (e.subject() != null && !e.subject().isEmpty()) {
            sb.append(",\"subject\":");
            str(sb, escape, e.subject());
        }
        sb.append('}');
    }

    /** {@code yyyy-MM-ddTHH:mm:ss+05:30}, written by hand because it is on the hot path of 100 M lines. */
    public static void timestamp(StringBuilder sb, Instant ts) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(ts.getEpochSecond(), ts.getNano(), IST);
        pad(sb, t.getYear(), 4).append('-');
        pad(sb, t.getMonthValue(), 2).append('-');
        pad(sb, t.getDayOfMonth(), 2).append('T');
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2).append(':');
        pad(sb, t.getSecond(), 2);
        if (t.getNano() != 0) {
            sb.append('.');
            pad(sb, t.getNano(), 9);
        }
        sb.append("+05:30");
    }

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    /** Appends v with exactly {@code width} digits (v is never wider), without allocating. */
    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        for (int d = width - 1; d >= 0; d--) {
            sb.append((char) ('0' + v / POWERS[d] % 10));
        }
        return sb;
    }

    private static void str(StringBuilder sb, boolean escape, String s) {
        if (escape) {
            string(sb, s);
        } else {
            sb.append('"').append(s).append('"');
        }
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        if (!needsEscape(s)) {
            sb.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }
}
