package in.eofficemonitor.warehouse.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Joins the chunks of chDB's streaming API into one output. chDB 26.5 writes every chunk as a
 * complete output of its own: a {@code TSVWithNames} chunk starts with the names again, a
 * {@code RowBinaryWithNamesAndTypes} chunk with the names and types, a {@code JSON} chunk is a
 * whole document. Row formats without a header concatenate as they are; for the ones with a
 * header the repeated header is cut from every chunk after the first (and checked to be the
 * same bytes); formats with a prefix and suffix (JSON, XML, Pretty, Parquet, ...) are not
 * streamed at all.
 */
final class ChunkJoiner {

    private enum Header { NONE, ONE_LINE, TWO_LINES, ROW_BINARY_NAMES, ROW_BINARY_NAMES_AND_TYPES }

    private static final Map<String, Header> STREAMABLE = Map.ofEntries(
            Map.entry("tabseparated", Header.NONE), Map.entry("tsv", Header.NONE),
            Map.entry("tabseparatedraw", Header.NONE), Map.entry("tsvraw", Header.NONE),
            Map.entry("csv", Header.NONE), Map.entry("jsoneachrow", Header.NONE),
            Map.entry("jsonlines", Header.NONE), Map.entry("ndjson", Header.NONE),
            Map.entry("jsonstringseachrow", Header.NONE), Map.entry("jsoncompacteachrow", Header.NONE),
            Map.entry("jsoncompactstringseachrow", Header.NONE), Map.entry("rowbinary", Header.NONE),
            Map.entry("native", Header.NONE), Map.entry("lineasstring", Header.NONE),
            Map.entry("tskv", Header.NONE), Map.entry("null", Header.NONE),
            Map.entry("tabseparatedwithnames", Header.ONE_LINE), Map.entry("tsvwithnames", Header.ONE_LINE),
            Map.entry("tabseparatedrawwithnames", Header.ONE_LINE), Map.entry("tsvrawwithnames", Header.ONE_LINE),
            Map.entry("csvwithnames", Header.ONE_LINE), Map.entry("jsoncompacteachrowwithnames", Header.ONE_LINE),
            Map.entry("jsoncompactstringseachrowwithnames", Header.ONE_LINE),
            Map.entry("tabseparatedwithnamesandtypes", Header.TWO_LINES),
            Map.entry("tsvwithnamesandtypes", Header.TWO_LINES),
            Map.entry("tabseparatedrawwithnamesandtypes", Header.TWO_LINES),
            Map.entry("tsvrawwithnamesandtypes", Header.TWO_LINES),
            Map.entry("csvwithnamesandtypes", Header.TWO_LINES),
            Map.entry("jsoncompacteachrowwithnamesandtypes", Header.TWO_LINES),
            Map.entry("jsoncompactstringseachrowwithnamesandtypes", Header.TWO_LINES),
            Map.entry("rowbinarywithnames", Header.ROW_BINARY_NAMES),
            Map.entry("rowbinarywithnamesandtypes", Header.ROW_BINARY_NAMES_AND_TYPES));

    private final Header kind;
    private byte[] header;

    private ChunkJoiner(Header kind) {
        this.kind = kind;
    }

    /** A joiner for {@code format}, or empty when its output cannot be streamed chunk by chunk. */
    static Optional<ChunkJoiner> forFormat(String format) {
        Header h = STREAMABLE.get(format.toLowerCase(Locale.ROOT));
        return h == null ? Optional.empty() : Optional.of(new ChunkJoiner(h));
    }

    /** Writes one chunk, without the header it repeats. */
    void write(MemorySegment chunk, OutputStream out, byte[] scratch) throws IOException {
        long skip = 0;
        if (header == null) {
            header = chunk.asSlice(0, headerLength(chunk)).toArray(ValueLayout.JAVA_BYTE);
        } else if (header.length > 0) {
            byte[] prefix = chunk.asSlice(0, Math.min(header.length, chunk.byteSize())).toArray(ValueLayout.JAVA_BYTE);
            if (!Arrays.equals(prefix, header)) {
                throw new IllegalStateException("a chunk of the engine's output does not start with the header"
                        + " of the first chunk; refusing to send a corrupt result");
            }
            skip = header.length;
        }
        ChdbConnection.copy(chunk, skip, out, scratch);
    }

    private long headerLength(MemorySegment chunk) {
        return switch (kind) {
            case NONE -> 0;
            case ONE_LINE -> afterLines(chunk, 1);
            case TWO_LINES -> afterLines(chunk, 2);
            case ROW_BINARY_NAMES -> afterRowBinaryHeader(chunk, false);
            case ROW_BINARY_NAMES_AND_TYPES -> afterRowBinaryHeader(chunk, true);
        };
    }

    private static long afterLines(MemorySegment chunk, int lines) {
        long size = chunk.byteSize();
        for (long i = 0; i < size; i++) {
            if (chunk.get(ValueLayout.JAVA_BYTE, i) == '\n' && --lines == 0) {
                return i + 1;
            }
        }
        throw new IllegalStateException("the first chunk of the engine's output has no complete header");
    }

    /** Column count (LEB128), then that many names, and as many types, each a LEB128 length and bytes. */
    private static long afterRowBinaryHeader(MemorySegment chunk, boolean withTypes) {
        long[] pos = {0};
        long columns = readVarUInt(chunk, pos);
        long strings = withTypes ? columns * 2 : columns;
        for (long i = 0; i < strings; i++) {
            long len = readVarUInt(chunk, pos);
            pos[0] += len;
        }
        if (pos[0] > chunk.byteSize()) {
            throw new IllegalStateException("the first chunk of the engine's output has no complete header");
        }
        return pos[0];
    }

    private static long readVarUInt(MemorySegment s, long[] pos) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = s.get(ValueLayout.JAVA_BYTE, pos[0]++);
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalStateException("bad LEB128 number in a RowBinary header");
    }
}
