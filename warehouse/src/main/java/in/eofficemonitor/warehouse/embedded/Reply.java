package in.eofficemonitor.warehouse.embedded;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the response of one request as ClickHouse's server does: its headers ({@code X-ClickHouse-*}, the
 * Content-Type of the format), the body in the codings asked for, and errors as {@code Code: N. DB::Exception}.
 */
final class Reply {

    private static final Logger log = LoggerFactory.getLogger(Reply.class);

    private final HttpExchange exchange;
    private final String timezone;
    private final String displayName;
    private final ClickHouseErrors errors;
    String queryId;
    String format = "TabSeparated";
    Compression compression = Compression.NONE;
    boolean blockCompression;
    String allowedOrigin;
    int retryAfterSeconds;
    private boolean sent;

    Reply(HttpExchange exchange, String timezone, String displayName, ClickHouseErrors errors) {
        this.exchange = exchange;
        this.timezone = timezone;
        this.displayName = displayName;
        this.errors = errors;
    }

    /** Answers with no body (a CORS preflight). */
    void noContent(String allow) throws IOException {
        exchange.getResponseHeaders().set("Allow", allow);
        sent = true;
        exchange.sendResponseHeaders(204, -1);
    }

    void text(int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        sent = true;
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            exchange.getResponseBody().write(bytes);
        }
        // Out before the server drains what is left of the request body (a body refused unread may
        // never come).
        exchange.getResponseBody().flush();
    }

    /**
     * Sends the headers and {@code first}; returns the body stream for the rest. When
     * {@code complete}, the body is exactly {@code first}.
     */
    OutputStream send(int status, EngineStats stats, SpillBuffer first, boolean complete) throws IOException {
        long length = first.size();
        Headers h = exchange.getResponseHeaders();
        common(h);
        h.set("Content-Type", contentType(format));
        h.set("X-ClickHouse-Format", format);
        h.set("X-ClickHouse-Summary", summary(stats, length));
        if (compression != Compression.NONE) {
            h.set("Content-Encoding", compression.token);
        }
        sent = true;
        long responseLength;
        if (compression != Compression.NONE || blockCompression || !complete) {
            responseLength = 0; // chunked
        } else {
            responseLength = length == 0 ? -1 : length;
        }
        exchange.sendResponseHeaders(status, responseLength);
        OutputStream out = exchange.getResponseBody();
        if (compression == Compression.GZIP) {
            out = new GZIPOutputStream(out, 64 * 1024);
        } else if (compression == Compression.DEFLATE) {
            out = new DeflaterOutputStream(out, new java.util.zip.Deflater(), 64 * 1024);
        } else if (compression == Compression.LZ4) {
            out = new net.jpountz.lz4.LZ4FrameOutputStream(out);
        }
        if (blockCompression) {
            out = CompressedBlocks.compressing(out);
        }
        first.writeTo(out);
        if (complete) {
            out.close();
        }
        return out;
    }

    void error(ChdbException e) throws IOException {
        if (sent) {
            log.warn("error after the response started: {}", e.getMessage());
            return;
        }
        Headers h = exchange.getResponseHeaders();
        common(h);
        h.set("X-ClickHouse-Exception-Code", Integer.toString(e.code()));
        String message = e.getMessage();
        if (!message.contains("(version ")) {
            message = message + " (version " + EmbeddedWarehouse.ENGINE_VERSION_LABEL + ")";
        }
        text(errors.httpStatus(e.code()), message + "\n");
    }

    private void common(Headers h) {
        if (queryId != null) {
            h.set("X-ClickHouse-Query-Id", queryId);
        }
        h.set("X-ClickHouse-Timezone", timezone);
        h.set("X-ClickHouse-Server-Display-Name", displayName);
        if (allowedOrigin != null) {
            h.set("Access-Control-Allow-Origin", allowedOrigin);
            h.set("Vary", "Origin");
        }
        if (retryAfterSeconds > 0) {
            h.set("Retry-After", Integer.toString(retryAfterSeconds));
        }
    }

    /** Response content codings for enable_http_compression=1. */
    enum Compression {
        NONE(null), GZIP("gzip"), DEFLATE("deflate"), LZ4("lz4");

        final String token;

        Compression(String token) {
            this.token = token;
        }

        static Compression choose(String acceptEncoding) {
            if (acceptEncoding == null) {
                return NONE;
            }
            // The first coding the client lists that is served here (the JDBC driver asks for lz4).
            for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
                String token = part.strip();
                int semicolon = token.indexOf(';');
                if (semicolon >= 0) {
                    token = token.substring(0, semicolon).strip();
                }
                for (Compression c : values()) {
                    if (token.equals(c.token)) {
                        return c;
                    }
                }
            }
            return NONE;
        }
    }

    static String summary(EngineStats s, long resultBytes) {
        return "{\"read_rows\":\"" + s.rowsRead() + "\",\"read_bytes\":\"" + s.bytesRead()
                + "\",\"written_rows\":\"" + s.rowsWritten() + "\",\"written_bytes\":\"" + s.bytesWritten()
                + "\",\"total_rows_to_read\":\"" + s.rowsRead() + "\",\"result_rows\":\"" + s.resultRows()
                + "\",\"result_bytes\":\"" + resultBytes + "\",\"elapsed_ns\":\"" + s.elapsedNanos() + "\"}";
    }

    /** The Content-Type ClickHouse gives each family of output formats. */
    static String contentType(String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (f.startsWith("tabseparated") || f.startsWith("tsv")) {
            return "text/tab-separated-values; charset=UTF-8";
        }
        if (f.startsWith("csv")) {
            return "text/csv; charset=UTF-8";
        }
        if (f.startsWith("json") || f.equals("ndjson")) {
            return "application/json; charset=UTF-8";
        }
        if (f.equals("xml")) {
            return "application/xml; charset=UTF-8";
        }
        if (f.startsWith("rowbinary") || f.equals("native") || f.startsWith("parquet") || f.startsWith("arrow")
                || f.equals("orc") || f.equals("avro") || f.equals("protobuf") || f.equals("msgpack")
                || f.equals("capnproto") || f.equals("bsoneachrow") || f.equals("npy")) {
            return "application/octet-stream";
        }
        return "text/plain; charset=UTF-8";
    }
}
