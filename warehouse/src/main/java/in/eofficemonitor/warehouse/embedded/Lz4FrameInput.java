package in.eofficemonitor.warehouse.embedded;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import net.jpountz.xxhash.StreamingXXHash32;
import net.jpountz.xxhash.XXHashFactory;

/**
 * An LZ4 frame (https://github.com/lz4/lz4/blob/dev/doc/lz4_Frame_format.md) decoded as a stream, with blocks
 * independent or linked — a block may copy from the 64 KiB before it, which is what clickhouse-connect (and the
 * lz4 command line tool with -BD) sends, and what lz4-java's frame reader refuses ("Dependent block stream is
 * unsupported"). Concatenated and skippable frames are read too. Every declared size is checked against the
 * frame's block maximum before anything is allocated; block and content checksums are verified when present.
 */
final class Lz4FrameInput extends InputStream {

    private static final int MAGIC = 0x184D2204;
    private static final int SKIPPABLE_MASK = 0xFFFFFFF0;
    private static final int SKIPPABLE_MAGIC = 0x184D2A50;
    private static final int WINDOW = 64 * 1024;
    private static final XXHashFactory XXHASH = XXHashFactory.safeInstance();

    private final InputStream in;
    private final ClickHouseErrors errors;
    /** The last WINDOW bytes of output (for linked blocks), then the block being decoded. */
    private byte[] buffer = new byte[0];
    private int position;
    private int limit;
    private boolean inFrame;
    private boolean linked;
    private boolean blockChecksum;
    private StreamingXXHash32 contentHash;
    private int blockMax;
    private byte[] compressed = new byte[0];

    Lz4FrameInput(InputStream in, ClickHouseErrors errors) {
        this.in = in;
        this.errors = errors;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (position == limit) {
            if (!nextBlock()) {
                return -1;
            }
        }
        int n = Math.min(len, limit - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    private boolean nextBlock() throws IOException {
        if (!inFrame && !nextFrame()) {
            return false;
        }
        int size = readIntLE(false);
        if (size == 0) {
            inFrame = false;
            if (contentHash != null && readIntLE(false) != contentHash.getValue()) {
                throw new IOException("LZ4 frame content checksum mismatch");
            }
            position = limit = 0;
            return true; // the caller loops on to the next frame, if any
        }
        boolean stored = size < 0;
        size &= 0x7FFFFFFF;
        if (size > blockMax) {
            throw invalid("an LZ4 block declares " + size + " bytes, more than the frame's block size " + blockMax);
        }
        if (compressed.length < size) {
            compressed = new byte[size];
        }
        if (in.readNBytes(compressed, 0, size) < size) {
            throw new EOFException("LZ4 frame cut short");
        }
        if (blockChecksum && readIntLE(false) != XXHASH.hash32().hash(compressed, 0, size, 0)) {
            throw new IOException("LZ4 block checksum mismatch");
        }
        // Keep the window of earlier output for a linked block, then decode after it.
        int keep = linked ? Math.min(WINDOW, limit) : 0;
        if (buffer.length < WINDOW + blockMax) {
            byte[] grown = new byte[WINDOW + blockMax];
            System.arraycopy(buffer, limit - keep, grown, 0, keep);
            buffer = grown;
        } else if (keep > 0) {
            System.arraycopy(buffer, limit - keep, buffer, 0, keep);
        }
        int end = stored ? copyStored(size, keep) : decodeBlock(size, keep);
        if (contentHash != null) {
            contentHash.update(buffer, keep, end - keep);
        }
        position = keep;
        limit = end;
        return true;
    }

    private int copyStored(int size, int at) {
        System.arraycopy(compressed, 0, buffer, at, size);
        return at + size;
    }

    /** LZ4 block format: sequences of literals and a match (offset back into the output, possibly overlapping). */
    private int decodeBlock(int size, int start) throws IOException {
        int src = 0;
        int dst = start;
        int max = start + blockMax;
        while (true) {
            if (src >= size) {
                throw invalid("an LZ4 block ends inside a sequence");
            }
            int token = compressed[src++] & 0xff;
            int literals = token >>> 4;
            if (literals == 15) {
                int more;
                do {
                    if (src >= size) {
                        throw invalid("an LZ4 block ends inside a length");
                    }
                    more = compressed[src++] & 0xff;
                    literals += more;
                } while (more == 255);
            }
            if (literals > size - src || literals > max - dst) {
                throw invalid("an LZ4 block's literals run past its end");
            }
            System.arraycopy(compressed, src, buffer, dst, literals);
            src += literals;
            dst += literals;
            if (src == size) {
                return dst; // the last sequence has literals only
            }
            if (src + 2 > size) {
                throw invalid("an LZ4 block ends inside an offset");
            }
            int offset = (compressed[src] & 0xff) | (compressed[src + 1] & 0xff) << 8;
            src += 2;
            if (offset == 0 || offset > dst) {
                throw invalid("an LZ4 match reaches before the data it may copy from");
            }
            int match = token & 0x0F;
            if (match == 15) {
                int more;
                do {
                    if (src >= size) {
                        throw invalid("an LZ4 block ends inside a length");
                    }
                    more = compressed[src++] & 0xff;
                    match += more;
                } while (more == 255);
            }
            match += 4;
            if (match > max - dst) {
                throw invalid("an LZ4 match runs past the frame's block size");
            }
            for (int from = dst - offset, i = 0; i < match; i++) {
                buffer[dst++] = buffer[from + i];
            }
        }
    }

    private boolean nextFrame() throws IOException {
        while (true) {
            int magic = readIntLE(true);
            if (magic == 0 && endOfInput) {
                return false;
            }
            if ((magic & SKIPPABLE_MASK) == SKIPPABLE_MAGIC) {
                in.skipNBytes(readIntLE(false) & 0xFFFFFFFFL);
                continue;
            }
            if (magic != MAGIC) {
                throw invalid("not an LZ4 frame (magic number " + Integer.toHexString(magic) + ")");
            }
            int flags = readByte();
            int bd = readByte();
            if ((flags >>> 6) != 1) {
                throw invalid("LZ4 frame version " + (flags >>> 6) + " is not supported");
            }
            linked = (flags & 0x20) == 0;
            blockChecksum = (flags & 0x10) != 0;
            boolean contentSize = (flags & 0x08) != 0;
            contentHash = (flags & 0x04) != 0 ? XXHASH.newStreamingHash32(0) : null;
            boolean dictionary = (flags & 0x01) != 0;
            int code = (bd >>> 4) & 0x07;
            if (code < 4) {
                throw invalid("LZ4 frame block size code " + code + " is not defined");
            }
            blockMax = 1 << (2 * code + 8); // 4 → 64 KiB … 7 → 4 MiB
            if (contentSize) {
                in.skipNBytes(8);
            }
            if (dictionary) {
                throw invalid("LZ4 frames with a dictionary are not supported");
            }
            readByte(); // header checksum: the blocks' checksums and sizes are checked instead
            limit = position = 0;
            inFrame = true;
            return true;
        }
    }

    private boolean endOfInput;

    private int readIntLE(boolean mayEnd) throws IOException {
        byte[] b = in.readNBytes(4);
        if (b.length == 0 && mayEnd) {
            endOfInput = true;
            return 0;
        }
        if (b.length < 4) {
            throw new EOFException("LZ4 frame cut short");
        }
        return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("LZ4 frame cut short");
        }
        return b;
    }

    private ChdbException invalid(String why) {
        return errors.error("CANNOT_DECOMPRESS", "Cannot decode the Content-Encoding lz4 body: " + why);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
