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

    /** Appends the line (without a line terminator) to {@code sb}; the simulator reuses one builder. */
    public static void append(StringBuilder sb, MovementEvent e) {
        sb.append("{\"event_id\":");
        string(sb, e.eventId());
        sb.append(",\"ts\":\"");
        timestamp(sb, e.ts());
        sb.append("\",\"type\":\"").append(e.type().name());
        sb.append("\",\"kind\":\"").append(e.kind().name());
        sb.append("\",\"file_id\":");
        string(sb, e.fileId());
        sb.append(",\"office_id\":");
        string(sb, e.officeId());
        if (e.fromDesk() != null && !e.fromDesk().isEmpty()) {
            sb.append(",\"from_desk\":");
            string(sb, e.fromDesk());
        }
        if (e.toDesk() != null && !e.toDesk().isEmpty()) {
            sb.append(",\"to_desk\":");
            string(sb, e.toDesk());
        }
        sb.append(",\"priority\":\"").append(e.priority().name()).append('"');
        if (e.subject() != null && !e.subject().isEmpty()) {
            sb.append(",\"subject\":");
            string(sb, e.subject());
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

    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
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
}
