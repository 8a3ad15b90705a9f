package in.eofficemonitor.warehouse.embedded;

import com.clickhouse.data.ClickHouseCityHash;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * ClickHouse's own compressed block format, used over HTTP when a client sends {@code compress=1}
 * (compress the response) or {@code decompress=1} (the request body is compressed). Each block:
 *
 * <pre>
 *   16 bytes  CityHash128 (v1.0.2) of everything after it, as two little-endian 64-bit halves
 *    1 byte   method: 0x82 LZ4, 0x02 none
 *    4 bytes  size of method byte + these two sizes + payload (little-endian)
 *    4 bytes  size of the block's data once decompressed (little-endian)
 *    payload  an LZ4 block (or the data itself)
 * </pre>
 *
 * LZ4 comes from lz4-java (its pure-Java implementation), CityHash128 from the ClickHouse Java
 * library the JDBC driver itself uses, so both ends agree on the checksum.
 */
final class CompressedBlocks {

    static final byte METHOD_NONE = 0x02;
    static final byte METHOD_LZ4 = (byte) 0x82;
    private static final int CHECKSUM_BYTES = 16;
    private static final int HEADER_BYTES = 9;
    /** ClickHouse's default block size (max_compress_block_size). */
    static final int BLOCK_BYTES = 1 << 20;

    private static final LZ4Factory LZ4 = LZ4Factory.safeInstance();

    private CompressedBlocks() {}

    /** A stream that writes what it is given as compressed blocks of up to 1 MiB. */
    static OutputStream compressing(OutputStream out) {
        return new Compressing(out);
    }

    /**
     * The most one block may declare, compressed or not: far above what clients send (ClickHouse's default block
     * is 1 MiB), far below what would hurt the heap if an attacker's header were believed before its checksum.
     */
    static final int MAX_BLOCK_BYTES = 64 << 20;
    /** LZ4 cannot expand input by more than this factor (one byte per 255 of a run, plus a little). */
    private static final long LZ4_MAX_RATIO = 256;

    /** A stream that reads compressed blocks, checking each block's declared sizes and then its checksum. */
    static InputStream decompressing(InputStream in, ClickHouseErrors errors) {
        return new Decompressing(in, errors);
    }

    private static final class Compressing extends FilterOutputStream {
        private final LZ4Compressor compressor = LZ4.fastCompressor();
        private final byte[] block = new byte[BLOCK_BYTES];
        private byte[] frame = new byte[0];
        private int filled;
        private boolean closed;

        Compressing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (filled == block.length) {
                emit();
            }
            block[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == block.length) {
                    emit();
                }
                int n = Math.min(len, block.length - filled);
                System.arraycopy(b, off, block, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void flush() throws IOException {
            emit();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            emit();
            out.close();
        }

        private void emit() throws IOException {
            if (filled == 0) {
                return;
            }
            int max = compressor.maxCompressedLength(filled);
            int needed = CHECKSUM_BYTES + HEADER_BYTES + max;
            if (frame.length < needed) {
                frame = new byte[needed];
            }
            int compressed = compressor.compress(block, 0, filled, frame, CHECKSUM_BYTES + HEADER_BYTES, max);
            ByteBuffer header = ByteBuffer.wrap(frame, CHECKSUM_BYTES, HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            header.put(METHOD_LZ4).putInt(HEADER_BYTES + compressed).putInt(filled);
            long[] hash = ClickHouseCityHash.cityHash128(frame, CHECKSUM_BYTES, HEADER_BYTES + compressed);
            ByteBuffer.wrap(frame, 0, CHECKSUM_BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(hash[0]).putLong(hash[1]);
            out.write(frame, 0, CHECKSUM_BYTES + HEADER_BYTES + compressed);
            filled = 0;
        }
    }

    private static final class Decompressing extends InputStream {
        private final InputStream in;
        private final ClickHouseErrors errors;
        private final LZ4SafeDecompressor decompressor = LZ4.safeDecompressor();
        private byte[] data = new byte[0];
        private int position;
        private int limit;

        Decompressing(InputStream in, ClickHouseErrors errors) {
            this.in = in;
            this.errors = errors;
        }

        @Override
        public int read() throws IOException {
            if (position == limit && !nextBlock()) {
                return -1;
            }
            return data[position++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (position == limit && !nextBlock()) {
                return -1;
            }
            int n = Math.min(len, limit - position);
            System.arraycopy(data, position, b, off, n);
            position += n;
            return n;
        }

        private boolean nextBlock() throws IOException {
            byte[] checksum = in.readNBytes(CHECKSUM_BYTES);
            if (checksum.length == 0) {
                return false;
            }
            byte[] header = in.readNBytes(HEADER_BYTES);
            if (checksum.length < CHECKSUM_BYTES || header.length < HEADER_BYTES) {
                throw new EOFException("compressed block cut short");
            }
            ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
            byte method = h.get();
            int compressedSize = h.getInt();
            int size = h.getInt();
            long payload = (long) compressedSize - HEADER_BYTES;
            boolean possible = compressedSize >= HEADER_BYTES && size >= 0 && compressedSize <= MAX_BLOCK_BYTES
                    && size <= MAX_BLOCK_BYTES
                    && (method == METHOD_NONE ? size == payload : size <= payload * LZ4_MAX_RATIO + 16);
            if (!possible) {
                // Checked before anything is allocated: the sizes are the sender's word until the checksum is read.
                throw errors.error("TOO_LARGE_SIZE_COMPRESSED", "A compressed block declares " + compressedSize
                        + " bytes compressed and " + size + " decompressed (method 0x"
                        + Integer.toHexString(method & 0xff) + "); at most " + MAX_BLOCK_BYTES
                        + " bytes each, and no more than LZ4 can expand to");
            }
            byte[] frame = new byte[compressedSize];
            System.arraycopy(header, 0, frame, 0, HEADER_BYTES);
            int got = in.readNBytes(frame, HEADER_BYTES, compressedSize - HEADER_BYTES);
            if (got < compressedSize - HEADER_BYTES) {
                throw new EOFException("compressed block cut short");
            }
            long[] hash = ClickHouseCityHash.cityHash128(frame, 0, compressedSize);
            ByteBuffer c = ByteBuffer.wrap(checksum).order(ByteOrder.LITTLE_ENDIAN);
            if (c.getLong() != hash[0] || c.getLong() != hash[1]) {
                throw new IOException("checksum mismatch in a compressed block (CityHash128)");
            }
            if (data.length < size) {
                data = new byte[size];
            }
            if (method == METHOD_LZ4) {
                int n = decompressor.decompress(frame, HEADER_BYTES, compressedSize - HEADER_BYTES, data, 0, size);
                if (n != size) {
                    throw new IOException("LZ4 block decompressed to " + n + " bytes, header says " + size);
                }
            } else if (method == METHOD_NONE) {
                System.arraycopy(frame, HEADER_BYTES, data, 0, size);
            } else {
                throw new IOException(String.format("compression method 0x%02x is not supported (LZ4 or none)",
                        method));
            }
            position = 0;
            limit = size;
            return limit > 0 || nextBlock();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
