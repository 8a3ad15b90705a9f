package in.eofficemonitor.streamjobs.sink;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The rows of one INSERT in ClickHouse's RowBinary format, built in memory: values one after another in column
 * order, integers little-endian, strings as a LEB128 length and UTF-8 bytes, DateTime64(3) as Int64 milliseconds
 * since the epoch, a Nullable value behind a 0/1 null marker (https://clickhouse.com/docs/interfaces/formats/RowBinary).
 * The server decodes that without parsing text; the VALUES text the JDBC driver sends costs a formatted literal per
 * value on our side and a parse per value on the server's.
 */
final class RowBinaryBuffer {

    private byte[] bytes;
    private int size;

    RowBinaryBuffer(int initialCapacity) {
        bytes = new byte[Math.max(64, initialCapacity)];
    }

    int size() {
        return size;
    }

    /** The rows so far, as the body of the INSERT (not copied: do not write more while it is read). */
    InputStream body() {
        return new ByteArrayInputStream(bytes, 0, size);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** A String column; null is written as the empty string (the columns are not Nullable). */
    void string(String s) {
        if (s == null || s.isEmpty()) {
            ensure(1);
            bytes[size++] = 0;
            return;
        }
        int n = s.length();
        ensure(5 + n);
        int lengthAt = size;
        varint(n);
        int dataAt = size;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                // Not ASCII (Devanagari subjects, desk names): its UTF-8 length differs from its char count.
                size = lengthAt;
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                ensure(5 + utf8.length);
                varint(utf8.length);
                System.arraycopy(utf8, 0, bytes, size, utf8.length);
                size += utf8.length;
                return;
            }
            bytes[dataAt + i] = (byte) c;
        }
        size = dataAt + n;
    }

    /** Int8 / UInt8 / Enum8. */
    void int8(int v) {
        ensure(1);
        bytes[size++] = (byte) v;
    }

    void uint16(int v) {
        ensure(2);
        bytes[size++] = (byte) v;
        bytes[size++] = (byte) (v >>> 8);
    }

    void uint32(long v) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
            bytes[size++] = (byte) v;
            v >>>= 8;
        }
    }

    void int64(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[size++] = (byte) v;
            v >>>= 8;
        }
    }

    /** A DateTime64(3) column (the zone is the column's display zone only); null is written as the epoch. */
    void dateTime64(Instant t) {
        int64(t == null ? 0 : t.toEpochMilli());
    }

    /** A Nullable(DateTime64(3)) column. */
    void nullableDateTime64(Instant t) {
        if (nullMarker(t)) {
            int64(t.toEpochMilli());
        }
    }

    /** Writes the null marker of a Nullable column; true when a value must follow. */
    boolean nullMarker(Object value) {
        int8(value == null ? 1 : 0);
        return value != null;
    }

    private void varint(int n) {
        while ((n & ~0x7F) != 0) {
            bytes[size++] = (byte) ((n & 0x7F) | 0x80);
            n >>>= 7;
        }
        bytes[size++] = (byte) n;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
