package in.eofficemonitor.streamjobs.source;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of a byte stream, read in bounded memory and decoded strictly — the one place every source (a file imported,
 * a watched directory, a Kafka record) turns bytes into a line (docs/input-format.md, "Lines"). A line ends at
 * {@code \n} (a {@code \r} before it is dropped); the last line needs no terminator.
 *
 * <ul>
 *   <li>A line longer than the limit is not held: its first {@link #KEEP_BYTES} bytes are kept, the rest is skipped up
 *       to the next newline, and the line comes out as {@code LINE_TOO_LONG} with its full size in the detail.</li>
 *   <li>A line whose bytes are not valid UTF-8 comes out as {@code NOT_UTF8}, its text with each bad sequence shown as
 *       U+FFFD (so the dead letter shows where) — never accepted with the bytes silently replaced.</li>
 * </ul>
 */
public final class BoundedLines implements Closeable {

    /** The default limit of a line, in bytes: 1 MiB, far beyond any real event line (about 300 bytes). */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    /** How much of a line over the limit is kept for its dead letter. */
    public static final int KEEP_BYTES = 4 * 1024;

    /** A line: its text, and why it is refused ({@code rejection} null for a line to parse). */
    public record Line(String text, RejectionReason rejection, String detail) {}

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int length;

    public BoundedLines(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("the line limit must be positive: " + maxLineBytes);
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        length = 0;
        long size = 0;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                return finish(size);
            }
            any = true;
            int start = position;
            int newline = -1;
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline >= 0 ? newline : limit;
            int n = end - start;
            // Keep bytes up to the limit (+1, so a \r at the very end can still be dropped); beyond, count only.
            int room = maxLineBytes + 1 - length;
            if (room > 0) {
                append(start, Math.min(n, room));
            }
            size += n;
            position = newline >= 0 ? newline + 1 : limit;
            if (newline >= 0) {
                return finish(size);
            }
        }
    }

    /** Skips the next line without decoding it; false at the end of the stream. */
    public boolean skip() throws IOException {
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any;
            }
            any = true;
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    position = i + 1;
                    return true;
                }
            }
            position = limit;
        }
    }

    /** Decides one record that arrives whole (a Kafka value) as a line, by the same rules. */
    public static Line of(byte[] bytes, int maxLineBytes) {
        int n = bytes.length;
        if (n > 0 && bytes[n - 1] == '\n') {
            n--;
        }
        if (n > 0 && bytes[n - 1] == '\r') {
            n--;
        }
        return decide(bytes, Math.min(n, maxLineBytes + 1), n, maxLineBytes);
    }

    private Line finish(long size) {
        if (length > 0 && line[length - 1] == '\r' && length == size) {
            length--;
            size--;
        }
        return decide(line, length, size, maxLineBytes);
    }

    private static Line decide(byte[] bytes, int kept, long size, int maxLineBytes) {
        if (size > maxLineBytes) {
            String start = new String(bytes, 0, Math.min(kept, KEEP_BYTES), StandardCharsets.UTF_8);
            return new Line(start, RejectionReason.LINE_TOO_LONG, "the line is " + size + " bytes, over the limit of "
                    + maxLineBytes + " (--max-line-length); its first " + Math.min(kept, KEEP_BYTES) + " bytes are kept");
        }
        String text = new String(bytes, 0, kept, StandardCharsets.UTF_8);
        // Fast path: a line without U+FFFD decoded cleanly. One with it may hold a real U+FFFD (EF BF BD): check.
        if (text.indexOf('\uFFFD') >= 0) {
            int bad = firstMalformed(bytes, kept);
            if (bad >= 0) {
                return new Line(text, RejectionReason.NOT_UTF8,
                        "byte " + (bad + 1) + " of the line is not valid UTF-8 (shown as U+FFFD)");
            }
        }
        return new Line(text, null, null);
    }

    /** The offset of the first byte that is not part of valid UTF-8, or -1. */
    private static int firstMalformed(byte[] bytes, int length) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        result = decoder.flush(out);
        return result.isError() ? in.position() : -1;
    }

    private void append(int from, int n) {
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(length + n, line.length * 2));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
