package in.eofficemonitor.warehouse.embedded;

import java.util.Arrays;
import java.util.Locale;

/**
 * chDB's streaming query formats every chunk on its own, so a format with a header (column names, types) repeats
 * that header at the start of every chunk. A ClickHouse server writes it once; the JDBC driver reads the second
 * copy as rows and fails ("End of stream reached"). This finds the header of the first chunk so that later chunks
 * can be sent without their copy. Only headers of the row formats we can measure are handled:
 * RowBinaryWithNames(AndTypes) and the TSV/CSV WithNames(AndTypes) families.
 */
final class ChunkHeaders {

    private ChunkHeaders() {}

    /** Length of the header at the start of {@code chunk} in {@code format}; 0 for formats without one (or unknown). */
    static int headerLength(String format, byte[] chunk) {
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        try {
            return switch (f) {
                case "rowbinarywithnamesandtypes" -> rowBinaryHeader(chunk, 2);
                case "rowbinarywithnames" -> rowBinaryHeader(chunk, 1);
                case "tabseparatedwithnames", "tsvwithnames", "csvwithnames", "tabseparatedrawwithnames",
                        "tsvrawwithnames" -> lines(chunk, 1);
                case "tabseparatedwithnamesandtypes", "tsvwithnamesandtypes", "csvwithnamesandtypes",
                        "tabseparatedrawwithnamesandtypes", "tsvrawwithnamesandtypes" -> lines(chunk, 2);
                default -> 0;
            };
        } catch (ArrayIndexOutOfBoundsException e) {
            return 0; // not the shape we expected (e.g. a FORMAT clause chose another format): leave it alone
        }
    }

    /** True when {@code chunk} starts with the first {@code length} bytes of {@code header}. */
    static boolean startsWith(byte[] chunk, byte[] header, int length) {
        return length > 0 && chunk.length >= length
                && Arrays.equals(chunk, 0, length, header, 0, length);
    }

    private static int rowBinaryHeader(byte[] b, int stringsPerColumn) {
        int[] pos = {0};
        long columns = varUInt(b, pos);
        for (long i = 0; i < columns * stringsPerColumn; i++) {
            long len = varUInt(b, pos);
            pos[0] += (int) len;
        }
        if (pos[0] > b.length) {
            throw new ArrayIndexOutOfBoundsException(pos[0]);
        }
        return pos[0];
    }

    private static long varUInt(byte[] b, int[] pos) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte x = b[pos[0]++];
            value |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                return value;
            }
        }
        throw new ArrayIndexOutOfBoundsException("varint too long");
    }

    private static int lines(byte[] b, int count) {
        int seen = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && ++seen == count) {
                return i + 1;
            }
        }
        throw new ArrayIndexOutOfBoundsException("header lines incomplete");
    }
}
