package in.eofficemonitor.warehouse.embedded;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ClickHouse's HTTP interface in front of the engine: the parts of
 * https://clickhouse.com/docs/interfaces/http that clients (the official JDBC driver, curl) use.
 */
final class HttpInterface implements HttpHandler {

    /** How long a request waits for its session to be free before it is refused as SESSION_IS_LOCKED. */
    private static final long SESSION_LOCK_WAIT_MILLIS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(HttpInterface.class);

    /** URL parameters the HTTP layer consumes; every other one is a setting for the engine. */
    private static final Set<String> HTTP_PARAMETERS = Set.of("query", "database", "default_format", "user",
            "password", "quota_key", "query_id", "session_id", "session_timeout", "session_check", "compress",
            "decompress", "buffer_size", "wait_end_of_query", "stacktrace", "role", "client_protocol_version",
            "enable_http_compression", "send_progress_in_http_headers", "readonly");
    private static final Pattern SETTING_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Statement text that changes a connection's state beyond the statement (pooled ones get replaced). */
    private static final Pattern CHANGES_SESSION_STATE =
            Pattern.compile("(?is)\\b(SET|USE|TEMPORARY)\\b");
    /** Bytes of output held back before the headers go out, so small results get an exact summary. */
    private static final int HOLD_BACK_BYTES = 1 << 20;
    private static final long QUEUE_TIMEOUT_MILLIS = 60_000;

    private final EnginePool pool;
    private final Sessions sessions;
    private final ClickHouseErrors errors;
    private final Credentials credentials;
    private final String timezone;
    private final String displayName;
    /** The engine's default value of every setting, to skip SETs that would change nothing. */
    private final Map<String, String> settingDefaults;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    HttpInterface(EnginePool pool, Sessions sessions, ClickHouseErrors errors, Credentials credentials,
            String timezone, String displayName, Map<String, String> settingDefaults) {
        this.settingDefaults = Map.copyOf(settingDefaults);
        this.pool = pool;
        this.sessions = sessions;
        this.errors = errors;
        this.credentials = credentials;
        this.timezone = timezone;
        this.displayName = displayName;
    }

    /** From now on, new requests are refused and streams in flight are cancelled at their next chunk. */
    void beginShutdown() {
        closing.set(true);
    }

    /** Waits until no request is being served, up to {@code millis}; true when none is left. */
    boolean awaitIdle(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Reply reply = new Reply(exchange);
        inFlight.incrementAndGet();
        try {
            if (closing.get()) {
                throw errors.error("ABORTED", "The embedded warehouse is shutting down");
            }
            serve(exchange, reply);
        } catch (ChdbException e) {
            reply.error(e);
        } catch (MidStreamFailure e) {
            // Headers and part of the body are out: drop the connection so the client sees a
            // truncated response rather than a short result that looks complete.
            log.warn("query {} failed while streaming: {}", reply.queryId, e.getMessage());
            throw e;
        } catch (IOException e) {
            log.debug("client went away: {}", e.toString());
            throw e;
        } catch (RuntimeException e) {
            log.error("request failed", e);
            reply.error(new ChdbException(ClickHouseErrors.UNKNOWN_EXCEPTION,
                    "Code: " + ClickHouseErrors.UNKNOWN_EXCEPTION + ". DB::Exception: " + e
                            + ". (UNKNOWN_EXCEPTION)"));
        } finally {
            inFlight.decrementAndGet();
        }
        exchange.close();
    }

    private void serve(HttpExchange exchange, Reply reply) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if ("/ping".equals(path)) {
            reply.text(200, "Ok.\n");
            return;
        }
        if (!"/".equals(path) && !path.isEmpty()) {
            reply.text(404, "There is no handle " + path + "\n");
            return;
        }
        Map<String, String> params = parseQueryString(exchange.getRequestURI().getRawQuery());
        if (log.isDebugEnabled()) {
            log.debug("{} {} params={} headers={}", method, path, params.keySet(),
                    exchange.getRequestHeaders().keySet());
        }
        boolean isGet = "GET".equals(method) || "HEAD".equals(method);
        if (isGet && !params.containsKey("query")) {
            reply.text(200, "Ok.\n");
            return;
        }
        if (!isGet && !"POST".equals(method)) {
            throw errors.error("BAD_ARGUMENTS", "HTTP method " + method + " is not supported; use GET or POST");
        }
        Headers in = exchange.getRequestHeaders();
        String user = credentials.authenticate(in, params, errors);
        reply.queryId = firstNonBlank(params.get("query_id"), in.getFirst("X-ClickHouse-Query-Id"),
                UUID.randomUUID().toString());
        // ClickHouse's own compressed blocks (LZ4 + CityHash128): compress=1 for the response,
        // decompress=1 for the request body. The JDBC driver asks for compress=1 unless told not to.
        reply.blockCompression = isTrue(params.get("compress"));
        boolean compressedBody = isTrue(params.get("decompress"));

        boolean readOnly = isGet || isTrue(params.get("readonly"));
        String queryParam = params.get("query");
        byte[] prefix = queryParam == null ? null : queryParam.getBytes(StandardCharsets.UTF_8);
        Path spool = null;
        try {
            byte[] sql;
            int bodyLength;
            java.util.Optional<SqlText.InsertWithData> insert = isGet || queryParam == null
                    ? java.util.Optional.empty() : SqlText.insertWithData(queryParam);
            if (insert.isPresent()) {
                // INSERT … FORMAT x in the URL, its data in the body: the data goes to the engine from a file.
                spool = spoolBody(exchange, compressedBody);
                sql = insert.get().fromFile(spool).getBytes(StandardCharsets.UTF_8);
                bodyLength = (int) Math.min(Integer.MAX_VALUE, Files.size(spool));
            } else {
                // As ClickHouse: the query parameter, a line break, then the body (e.g. INSERT data).
                sql = isGet ? (prefix == null ? new byte[0] : prefix) : readBody(exchange, compressedBody, prefix);
                bodyLength = prefix == null ? sql.length : Math.max(0, sql.length - prefix.length - 1);
                if (!isGet && queryParam == null) {
                    // The statement and its data both in the body: split them the way ClickHouse does.
                    var inBody = SqlText.insertWithDataInBody(
                            new String(sql, 0, Math.min(sql.length, 64 * 1024), StandardCharsets.ISO_8859_1));
                    if (inBody.isPresent()) {
                        spool = Files.createTempFile("eoffice-warehouse-insert", ".bin");
                        try (OutputStream out = Files.newOutputStream(spool)) {
                            out.write(sql, inBody.get().dataOffset(), sql.length - inBody.get().dataOffset());
                        }
                        sql = inBody.get().fromFile(spool).getBytes(StandardCharsets.UTF_8);
                    }
                }
            }
            serve(exchange, reply, params, in, user, queryParam, readOnly, isGet, sql, bodyLength);
        } finally {
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        }
    }

    private void serve(HttpExchange exchange, Reply reply, Map<String, String> params, Headers in, String user,
            String queryParam, boolean readOnly, boolean isGet, byte[] sql, int bodyLength) throws IOException {
        String head = queryParam != null
                ? queryParam
                : new String(sql, 0, Math.min(sql.length, 64 * 1024), StandardCharsets.UTF_8);
        if (head.isBlank() && (queryParam != null || bodyLength == 0)) {
            throw errors.error("SYNTAX_ERROR", "Empty query");
        }

        String defaultFormat = firstNonBlank(in.getFirst("X-ClickHouse-Format"), params.get("default_format"),
                "TabSeparated");
        boolean reading = SqlText.isReading(head);
        java.util.Optional<String> format = reading ? SqlText.outputFormat(head, defaultFormat)
                : java.util.Optional.of(defaultFormat);
        reply.format = format.orElse(defaultFormat);
        String database = firstNonBlank(in.getFirst("X-ClickHouse-Database"), params.get("database"), null);
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, String> queryParams = new LinkedHashMap<>();
        for (var e : params.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("param_")) {
                queryParams.put(k.substring("param_".length()), e.getValue());
            } else if (!HTTP_PARAMETERS.contains(k) && !k.startsWith("http_")) {
                settings.put(k, e.getValue());
            }
        }
        reply.compression = "1".equals(params.get("enable_http_compression"))
                ? Compression.choose(in.getFirst("Accept-Encoding"))
                : Compression.NONE;
        boolean waitEnd = isTrue(params.get("wait_end_of_query"));
        Statement statement = new Statement(reply.queryId, sql, head, reading, format.isPresent(), defaultFormat,
                database,
                settings, queryParams, waitEnd);

        String sessionId = params.get("session_id");
        if (sessionId != null && !sessionId.isEmpty()) {
            runInSession(user, sessionId, params, readOnly, statement, reply);
        } else {
            runPooled(readOnly, statement, reply);
        }
    }

    private void runPooled(boolean readOnly, Statement st, Reply reply) throws IOException {
        EnginePool.Lease lease;
        try {
            lease = pool.acquire(readOnly, QUEUE_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.error("QUERY_WAS_CANCELLED", "Interrupted while waiting for an engine connection");
        }
        if (lease == null) {
            throw errors.error("TOO_MANY_SIMULTANEOUS_QUERIES", "Too many simultaneous queries: all "
                    + pool.size() + " engine connections stayed busy for " + QUEUE_TIMEOUT_MILLIS / 1000 + " s");
        }
        boolean clean = false;
        try {
            ChdbConnection c = lease.connection();
            List<String> restore = prepare(c, st, false);
            try {
                execute(c, st, reply);
            } finally {
                clean = restoreState(c, restore) && !CHANGES_SESSION_STATE.matcher(st.head).find();
            }
        } catch (ChdbException e) {
            if (readOnly && e.code() == errors.code("READONLY")) {
                throw new ChdbException(e.code(), e.getMessage() + " For queries over HTTP, method GET implies"
                        + " readonly. You should use method POST for modifying queries.");
            }
            throw e;
        } finally {
            lease.release(clean);
        }
    }

    private void runInSession(String user, String sessionId, Map<String, String> params, boolean readOnly,
            Statement st, Reply reply) throws IOException {
        int timeout = Sessions.DEFAULT_TIMEOUT_SECONDS;
        if (params.containsKey("session_timeout")) {
            try {
                timeout = Integer.parseInt(params.get("session_timeout").strip());
            } catch (NumberFormatException e) {
                throw errors.error("INVALID_SESSION_TIMEOUT", "Invalid session timeout: '"
                        + params.get("session_timeout") + "'");
            }
            if (timeout < 0 || timeout > Sessions.MAX_TIMEOUT_SECONDS) {
                throw errors.error("INVALID_SESSION_TIMEOUT", "Session timeout " + timeout
                        + " is out of range 0.." + Sessions.MAX_TIMEOUT_SECONDS);
            }
        }
        boolean mustExist = isTrue(params.get("session_check"));
        Sessions.Session session;
        try {
            session = sessions.find(user, sessionId, !mustExist, timeout, pool::openDedicated);
        } catch (IllegalStateException e) {
            throw errors.error("TOO_MANY_SIMULTANEOUS_QUERIES", e.getMessage());
        }
        if (session == null) {
            throw errors.error("SESSION_NOT_FOUND", "Session " + sessionId + " not found");
        }
        // The previous request of a session still holds the lock for a moment after its response has
        // gone out (it puts the connection's settings back), so a client that sends its next statement
        // at once must not be refused: wait a little before calling the session locked.
        boolean locked;
        try {
            locked = session.lock.tryLock(SESSION_LOCK_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            throw errors.error("SESSION_IS_LOCKED", "Session " + sessionId + " is locked by a concurrent client");
        }
        try {
            if (readOnly && !SqlText.allowedWhenReadOnly(st.head)) {
                throw errors.error("READONLY", "Cannot execute query in readonly mode. For queries over HTTP,"
                        + " method GET implies readonly. You should use method POST for modifying queries");
            }
            ChdbConnection c = session.connection;
            List<String> restore = prepare(c, st, true);
            try {
                execute(c, st, reply);
            } finally {
                restoreState(c, restore);
            }
        } finally {
            session.touch();
            session.lock.unlock();
        }
    }

    /**
     * Applies the request's database and settings to the connection for this one statement, and
     * returns the statements that put the connection back as it was.
     */
    private List<String> prepare(ChdbConnection c, Statement st, boolean inSession) {
        List<String> restore = new ArrayList<>();
        try {
            if (st.database != null && (inSession || !st.database.equals("default"))) {
                String previous = inSession ? c.queryText("SELECT currentDatabase()").strip() : "default";
                c.queryText("USE " + SqlText.quoteIdentifier(st.database));
                restore.add("USE " + SqlText.quoteIdentifier(previous));
            }
            if (!st.settings.isEmpty()) {
                Map<String, String> previous = inSession ? changedSettings(c, st.settings.keySet()) : Map.of();
                for (var e : st.settings.entrySet()) {
                    String name = e.getKey();
                    if (!SETTING_NAME.matcher(name).matches()) {
                        throw errors.error("UNKNOWN_SETTING", "Unknown setting '" + name + "'");
                    }
                    if (!inSession && isDefault(name, e.getValue())) {
                        continue; // pooled connections run with defaults; the driver sends some every time
                    }
                    log.debug("query {}: SET {} = {} for this request", st.queryId, name, e.getValue());
                    c.queryText("SET " + name + " = " + SqlText.quoteString(e.getValue()));
                    String old = previous.get(name);
                    if (old == null && EnginePool.BASELINE.containsKey(name)) {
                        old = SqlText.quoteString(EnginePool.BASELINE.get(name));
                    }
                    restore.add("SET " + name + " = " + (old == null ? "DEFAULT" : old));
                }
            }
            return restore;
        } catch (RuntimeException e) {
            restoreState(c, restore);
            throw e;
        }
    }

    private boolean isDefault(String name, String value) {
        String d = settingDefaults.get(name);
        if (d == null) {
            return false;
        }
        String v = value.strip();
        if (v.equalsIgnoreCase("true")) {
            v = "1";
        } else if (v.equalsIgnoreCase("false")) {
            v = "0";
        }
        return d.equals(v);
    }

    /** Settings a session changed itself, as literals ready for SET. */
    private static Map<String, String> changedSettings(ChdbConnection c, Set<String> names) {
        StringBuilder in = new StringBuilder();
        for (String n : names) {
            in.append(in.isEmpty() ? "" : ",").append(SqlText.quoteString(n));
        }
        String text = c.queryText("SELECT name, value FROM system.settings WHERE changed AND name IN ("
                + in + ") FORMAT TSVRaw");
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                result.put(line.substring(0, tab), SqlText.quoteString(line.substring(tab + 1)));
            }
        }
        return result;
    }

    private static boolean restoreState(ChdbConnection c, List<String> restore) {
        boolean ok = true;
        for (int i = restore.size() - 1; i >= 0; i--) {
            try {
                c.queryText(restore.get(i));
            } catch (RuntimeException e) {
                log.warn("could not restore connection state with '{}': {}", restore.get(i), e.getMessage());
                ok = false;
            }
        }
        return ok;
    }

    private void execute(ChdbConnection c, Statement st, Reply reply) throws IOException {
        // Stream only what can be joined chunk by chunk; the rest is materialised by the engine.
        var joiner = st.reading && st.formatKnown ? ChunkJoiner.forFormat(reply.format) : java.util.Optional.<ChunkJoiner>empty();
        if (joiner.isPresent()) {
            ChdbConnection.ResultStream stream = null;
            try {
                stream = c.stream(st.sql, st.defaultFormat, st.queryParams);
            } catch (ChdbException e) {
                if (!(e.code() == errors.code("BAD_ARGUMENTS")
                        && e.getMessage().contains("Streaming query is not supported"))) {
                    throw e;
                }
            }
            if (stream != null) {
                try (ChdbConnection.ResultStream s = stream) {
                    streamResult(s, joiner.get(), st, reply);
                    return;
                } catch (ChdbException e) {
                    // chDB ends the stream of an empty result before its first chunk ("No active streaming
                    // query"), so not even the format's header (column names and types, which the JDBC driver
                    // reads) comes out. Nothing has been sent yet: run the reading statement again whole.
                    if (!e.getMessage().contains("No active streaming query")) {
                        throw e;
                    }
                }
            }
        }
        try (SpillBuffer body = new SpillBuffer(HOLD_BACK_BYTES)) {
            EngineStats stats = c.queryInto(st.sql, st.defaultFormat, st.queryParams, body);
            reply.send(200, stats, body, true);
        }
    }

    private void streamResult(ChdbConnection.ResultStream s, ChunkJoiner joiner, Statement st, Reply reply)
            throws IOException {
        byte[] scratch = new byte[64 * 1024];
        OutputStream out;
        boolean finished = false;
        // Hold back the start of the output: an error in the first chunk still gets a proper error
        // response, and a small result gets a complete summary. wait_end_of_query holds all of it
        // (spilling to a temporary file beyond HOLD_BACK_BYTES).
        try (SpillBuffer held = new SpillBuffer(HOLD_BACK_BYTES)) {
            while (st.waitEndOfQuery || held.size() < HOLD_BACK_BYTES) {
                if (closing.get()) {
                    throw errors.error("QUERY_WAS_CANCELLED", "The embedded warehouse is shutting down");
                }
                MemorySegment chunk = s.fetch();
                if (chunk == null) {
                    finished = true;
                    break;
                }
                joiner.write(chunk, held, scratch);
            }
            out = reply.send(200, s.stats(), held, finished);
        }
        if (finished) {
            return;
        }
        try {
            while (true) {
                if (closing.get()) {
                    throw new MidStreamFailure("the embedded warehouse is shutting down; query cancelled");
                }
                MemorySegment chunk = s.fetch();
                if (chunk == null) {
                    break;
                }
                joiner.write(chunk, out, scratch);
            }
            out.close();
        } catch (ChdbException | IllegalStateException e) {
            out.write(("\n" + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new MidStreamFailure(e.getMessage());
        }
    }

    /**
     * The (decoded) request body written to a temporary file, for an INSERT whose data the engine reads with
     * {@code FROM INFILE}: chDB runs a statement's text as a script, in which inline INSERT data ends at the
     * first empty line (two line breaks in a row), so a binary body (RowBinary, Native) or a TSV body with an
     * empty line would be cut short. A server reads the body as a stream instead; the file is our stream.
     */
    private Path spoolBody(HttpExchange exchange, boolean compressedBlocks) throws IOException {
        Path file = Files.createTempFile("eoffice-warehouse-insert", ".bin");
        try (InputStream body = decodedBody(exchange, compressedBlocks)) {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            if (e instanceof IOException io && compressedBlocks && !(e instanceof java.io.EOFException)) {
                throw errors.error("CHECKSUM_DOESNT_MATCH", "Cannot read the compressed request body: " + io.getMessage());
            }
            throw e;
        }
    }

    /** The request body with its Content-Encoding and ClickHouse block compression undone. */
    private InputStream decodedBody(HttpExchange exchange, boolean compressedBlocks) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        InputStream raw = exchange.getRequestBody();
        InputStream in;
        boolean plain = encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity");
        if (plain) {
            in = raw;
        } else if (encoding.equalsIgnoreCase("gzip")) {
            in = new GZIPInputStream(raw);
        } else if (encoding.equalsIgnoreCase("deflate")) {
            in = new InflaterInputStream(raw);
        } else if (encoding.equalsIgnoreCase("lz4")) {
            in = new net.jpountz.lz4.LZ4FrameInputStream(raw);
        } else {
            throw errors.error("UNSUPPORTED_METHOD", "Content-Encoding " + encoding
                    + " is not supported by the embedded warehouse; use gzip, deflate or lz4");
        }
        return compressedBlocks ? CompressedBlocks.decompressing(in) : in;
    }

    /**
     * The request body, after {@code prefix} and a line break when there is a prefix (the query
     * parameter) and a body. A plain body of known length is read straight into its place.
     */
    private byte[] readBody(HttpExchange exchange, boolean compressedBlocks, byte[] prefix) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        boolean plain = encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity");
        int offset = prefix == null ? 0 : prefix.length + 1;
        long declared = contentLength(exchange);
        try (InputStream body = decodedBody(exchange, compressedBlocks)) {
            byte[] all;
            int length;
            if (plain && !compressedBlocks && declared >= 0 && declared <= Integer.MAX_VALUE - 16 - offset) {
                all = new byte[offset + (int) declared];
                length = body.readNBytes(all, offset, (int) declared);
                if (length < declared) {
                    throw new java.io.EOFException("request body ended after " + length + " of " + declared + " bytes");
                }
            } else {
                byte[] b = body.readAllBytes();
                length = b.length;
                all = new byte[offset + length];
                System.arraycopy(b, 0, all, offset, length);
            }
            if (prefix == null) {
                return all;
            }
            if (length == 0) {
                return prefix;
            }
            System.arraycopy(prefix, 0, all, 0, prefix.length);
            all[prefix.length] = '\n';
            return all;
        } catch (IOException e) {
            if (compressedBlocks && !(e instanceof java.io.EOFException)) {
                throw errors.error("CHECKSUM_DOESNT_MATCH", "Cannot read the compressed request body: " + e.getMessage());
            }
            throw e;
        }
    }

    private static long contentLength(HttpExchange exchange) {
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

    static Map<String, String> parseQueryString(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(k, v);
        }
        return params;
    }

    private static boolean isTrue(String v) {
        return v != null && !v.isBlank() && !v.strip().equals("0") && !v.strip().equalsIgnoreCase("false");
    }

    private static String firstNonBlank(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        if (b != null && !b.isBlank()) {
            return b.strip();
        }
        return fallback;
    }

    private record Statement(String queryId, byte[] sql, String head, boolean reading, boolean formatKnown, String defaultFormat,
            String database,
            Map<String, String> settings, Map<String, String> queryParams, boolean waitEndOfQuery) {}

    /** Raised after the response started, so the handler lets the server drop the connection. */
    private static final class MidStreamFailure extends RuntimeException {
        MidStreamFailure(String message) {
            super(message);
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

    /** Writes the response headers and body of one request. */
    private final class Reply {
        private final HttpExchange exchange;
        String queryId;
        String format = "TabSeparated";
        Compression compression = Compression.NONE;
        boolean blockCompression;
        private boolean sent;

        Reply(HttpExchange exchange) {
            this.exchange = exchange;
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
