package in.eofficemonitor.warehouse.embedded;

import com.sun.net.httpserver.HttpExchange;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * A request body as a stream with its Content-Encoding and ClickHouse's compressed blocks undone — decompressed
 * as it is read, never whole — and the body limits applied on both sides of the decompression: what arrives on
 * the wire ({@link Limits#maxBodyBytes()}) and what it expands to ({@link Limits#maxDecompressedBytes()}).
 */
final class RequestBody {

    private RequestBody() {}

    static InputStream open(HttpExchange exchange, boolean compressedBlocks, Limits limits, ClickHouseErrors errors)
            throws IOException {
        long declared = contentLength(exchange);
        if (declared > limits.maxBodyBytes()) {
            throw tooLarge(errors, "The request body of " + declared + " bytes", limits.maxBodyBytes(), "--max-body");
        }
        InputStream raw = new Capped(exchange.getRequestBody(), limits.maxBodyBytes(), errors, "The request body",
                "--max-body");
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        InputStream in;
        if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
            in = raw;
        } else if (encoding.equalsIgnoreCase("gzip")) {
            in = new GZIPInputStream(raw, 64 * 1024);
        } else if (encoding.equalsIgnoreCase("deflate")) {
            in = new InflaterInputStream(raw);
        } else if (encoding.equalsIgnoreCase("lz4")) {
            in = new Lz4FrameInput(raw, errors);
        } else if (encoding.equalsIgnoreCase("zstd")) {
            in = new com.github.luben.zstd.ZstdInputStreamNoFinalizer(raw);
        } else if (encoding.equalsIgnoreCase("br")) {
            in = new org.brotli.dec.BrotliInputStream(raw);
        } else {
            throw errors.error("UNSUPPORTED_METHOD", "Content-Encoding " + encoding
                    + " is not supported by the embedded warehouse; use gzip, deflate, br, lz4 or zstd");
        }
        if (compressedBlocks) {
            in = CompressedBlocks.decompressing(in, errors);
        }
        return in == raw ? raw : new Capped(in, limits.maxDecompressedBytes(), errors,
                "The request body once decompressed", "--max-decompressed");
    }

    static long contentLength(HttpExchange exchange) {
        String v = exchange.getRequestHeaders().getFirst("Content-Length");
        if (v == null) {
            return -1;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static ChdbException tooLarge(ClickHouseErrors errors, String what, long limit, String option) {
        return errors.error("QUERY_IS_TOO_LARGE", what + " exceeds " + limit + " bytes (" + option + ")");
    }

    /** Refuses to read past {@code limit} bytes. */
    private static final class Capped extends FilterInputStream {
        private final long limit;
        private final ClickHouseErrors errors;
        private final String what;
        private final String option;
        private long count;

        Capped(InputStream in, long limit, ClickHouseErrors errors, String what, String option) {
            super(in);
            this.limit = limit;
            this.errors = errors;
            this.what = what;
            this.option = option;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            count += n;
            if (count > limit) {
                throw tooLarge(errors, what, limit, option);
            }
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
