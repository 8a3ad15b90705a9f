package in.eofficemonitor.streamjobs.functions;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The event ids seen for one file, packed into one byte array: each id as a one- or two-byte length and its UTF-8
 * bytes. One small object per file instead of a String per id keeps the per-file state a third of the size (a
 * String costs some 60 bytes of heap; most ids are 10–20 ASCII characters), which the garbage collector and every
 * checkpoint pay for. Arrays are never changed: adding an id makes a new one.
 */
final class EventIdSet {

    private EventIdSet() {}

    static byte[] encode(String id) {
        return id.getBytes(StandardCharsets.UTF_8);
    }

    static boolean contains(byte[] set, byte[] id) {
        if (set == null) {
            return false;
        }
        int i = 0;
        while (i < set.length) {
            int length = set[i] & 0x7F;
            int start = i + 1;
            if ((set[i] & 0x80) != 0) {
                length = (length << 8) | (set[i + 1] & 0xFF);
                start = i + 2;
            }
            if (length == id.length && Arrays.equals(set, start, start + length, id, 0, id.length)) {
                return true;
            }
            i = start + length;
        }
        return false;
    }

    static byte[] with(byte[] set, byte[] id) {
        if (id.length >= 1 << 15) {
            throw new IllegalArgumentException("an event id of " + id.length + " bytes");
        }
        int header = id.length < 0x80 ? 1 : 2;
        int from = set == null ? 0 : set.length;
        byte[] more = set == null ? new byte[header + id.length] : Arrays.copyOf(set, from + header + id.length);
        if (header == 1) {
            more[from] = (byte) id.length;
        } else {
            more[from] = (byte) (0x80 | (id.length >>> 8));
            more[from + 1] = (byte) id.length;
        }
        System.arraycopy(id, 0, more, from + header, id.length);
        return more;
    }
}
