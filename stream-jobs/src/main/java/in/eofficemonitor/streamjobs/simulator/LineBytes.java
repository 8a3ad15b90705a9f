package in.eofficemonitor.streamjobs.simulator;

import in.eofficemonitor.streamjobs.records.MovementEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * The simulator's line encoder for the file mode: the same bytes as
 * {@link in.eofficemonitor.streamjobs.contract.EventLineWriter} (a test compares them line by line), built straight
 * into a reused byte buffer. Building a String first and encoding it was the simulator's main cost: a line with a
 * Devanagari subject turns the whole builder into UTF-16, and every line is copied twice. Requires ids that are
 * ASCII without JSON escapes, which {@link WorldSimulator} checks at start-up.
 */
final class LineBytes {

    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    private static final byte[] EVENT_ID = ascii("{\"event_id\":\"");
    private static final byte[] TS = ascii("\",\"ts\":\"");
    private static final byte[] TYPE = ascii("+05:30\",\"type\":\"");
    private static final byte[] KIND = ascii("\",\"kind\":\"");
    private static final byte[] FILE_ID = ascii("\",\"file_id\":\"");
    private static final byte[] OFFICE_ID = ascii("\",\"office_id\":\"");
    private static final byte[] FROM_DESK = ascii("\",\"from_desk\":\"");
    private static final byte[] TO_DESK = ascii("\",\"to_desk\":\"");
    private static final byte[] PRIORITY = ascii("\",\"priority\":\"");
    private static final byte[] SUBJECT = ascii("\",\"subject\":\"");
    private static final byte[] END = ascii("\"}\n");

    private final java.util.IdentityHashMap<String, byte[]> subjectBytes = new java.util.IdentityHashMap<>();
    private byte[] buf = new byte[1024];
    private int len;

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Encodes the event as one line with its '\n' and writes it. */
    void write(MovementEvent e, OutputStream out) throws IOException {
        len = 0;
        put(EVENT_ID);
        ascii7(e.eventId());
        put(TS);
        timestamp(e.ts());
        put(TYPE);
        ascii7(e.type().name());
        put(KIND);
        ascii7(e.kind().name());
        put(FILE_ID);
        ascii7(e.fileId());
        put(OFFICE_ID);
        ascii7(e.officeId());
        if (!e.fromDesk().isEmpty()) {
            put(FROM_DESK);
            ascii7(e.fromDesk());
        }
        if (!e.toDesk().isEmpty()) {
            put(TO_DESK);
            ascii7(e.toDesk());
        }
        put(PRIORITY);
        ascii7(e.priority().name());
        if (!e.subject().isEmpty()) {
            put(SUBJECT);
            // Subjects come from a short fixed list: encode each once (by identity), not on every CREATED line.
            put(subjectBytes.computeIfAbsent(e.subject(), x -> x.getBytes(StandardCharsets.UTF_8)));
        }
        put(END);
        out.write(buf, 0, len);
    }

    private void put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): a plain copy for ASCII text
    private void ascii7(String s) {
        int n = s.length();
        ensure(n);
        s.getBytes(0, n, buf, len);
        len += n;
    }

    private void timestamp(Instant ts) {
        ensure(32);
        LocalDateTime t = LocalDateTime.ofEpochSecond(ts.getEpochSecond(), 0, IST);
        digits(t.getYear(), 4);
        buf[len++] = '-';
        digits(t.getMonthValue(), 2);
        buf[len++] = '-';
        digits(t.getDayOfMonth(), 2);
        buf[len++] = 'T';
        digits(t.getHour(), 2);
        buf[len++] = ':';
        digits(t.getMinute(), 2);
        buf[len++] = ':';
        digits(t.getSecond(), 2);
        if (ts.getNano() != 0) {
            throw new IllegalStateException("the simulator writes whole seconds");
        }
    }

    private void digits(int v, int width) {
        for (int i = len + width - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len += width;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
