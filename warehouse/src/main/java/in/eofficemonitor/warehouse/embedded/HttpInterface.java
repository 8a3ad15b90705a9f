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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ClickHouse's HTTP interface in front of the engine: the parts of
 * https://clickhouse.com/docs/interfaces/http that clients (the official JDBC driver, curl) use. It reads a
 * request (its body through {@link RequestBody}), has the statement checked ({@link StatementGuard}) and run on a
 * pooled or session connection, and answers through {@link Reply}.
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
    private final StatementGuard guard;
    private final Limits limits;
    private final SpillSpace spillSpace;
    /** Origins of web pages allowed to call (none by default): ClickHouse clients send no Origin header. */
    private final Set<String> allowedOrigins;
    private final Set<String> runningQueryIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

    HttpInterface(EnginePool pool, Sessions sessions, ClickHouseErrors errors, Credentials credentials,
            String timezone, String displayName, Map<String, String> settingDefaults, StatementGuard guard,
            Limits limits, java.util.Collection<String> allowedOrigins) {
        this.settingDefaults = Map.copyOf(settingDefaults);
        this.guard = guard;
        this.limits = limits;
        this.spillSpace = new SpillSpace(limits.maxSpillBytes(), errors);
        this.allowedOrigins = Set.copyOf(allowedOrigins);
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

    /** Set on the threads that answer requests arriving while the request queue is full. */
    private static final ThreadLocal<Boolean> QUEUE_FULL = ThreadLocal.withInitial(() -> false);

    /** Runs {@code exchange} (the server's task for one request) so that it is refused with 503, /ping aside. */
    static void refuseQueueFull(Runnable exchange) {
        QUEUE_FULL.set(true);
        exchange.run();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Reply reply = new Reply(exchange, timezone, displayName, errors);
        inFlight.incrementAndGet();
        try {
            if (closing.get()) {
                throw errors.error("ABORTED", "The embedded warehouse is shutting down");
            }
            if (QUEUE_FULL.get() && !"/ping".equals(exchange.getRequestURI().getPath())) {
                reply.retryAfterSeconds = 1;
                throw errors.error("TOO_MANY_SIMULTANEOUS_QUERIES", "The embedded warehouse's request queue is full ("
                        + limits.maxQueuedRequests() + " waiting, --max-queued-requests); retry later");
            }
            if (!admitOrigin(exchange, reply)) {
                return;
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

    /**
     * Browsers are not clients: a request a web page makes carries an Origin header, and only origins the operator
     * allows are served (none by default). A CORS preflight is answered without granting anything, so a page's
     * cross-site POST is never even sent. False when the request has been answered here.
     */
    private boolean admitOrigin(HttpExchange exchange, Reply reply) throws IOException {
        if ("OPTIONS".equalsIgnoreCase(exchange.getRequestMethod())) {
            reply.noContent("GET, POST, HEAD");
            return false;
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin == null) {
            return true;
        }
        if (!allowedOrigins.contains(origin.strip())) {
            throw errors.error("ACCESS_DENIED", "Requests from web pages (Origin " + origin + ") are refused; the"
                    + " operator may allow an origin with --allow-origin");
        }
        reply.allowedOrigin = origin.strip();
        return true;
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
        boolean form = !isGet && MultipartForm.isMultipart(in.getFirst("Content-Type"));
        try (MultipartForm.Form formData = form ? readForm(exchange, in) : new MultipartForm.Form(Map.of(),
                Map.of())) {
            params.putAll(formData.fields());
            serve(exchange, reply, method, params, in, isGet, form,
                    ExternalTable.of(formData.files(), params, errors));
        }
    }

    /**
     * The fields are parameters as in the URL (long query parameters do not fit in one), the files are external
     * data; no body remains.
     */
    private MultipartForm.Form readForm(HttpExchange exchange, Headers in) throws IOException {
        try (InputStream body = RequestBody.open(exchange, false, limits, errors)) {
            return MultipartForm.read(body, in.getFirst("Content-Type"), limits.maxQueryTextBytes(), spillSpace,
                    errors);
        }
    }

    private void serve(HttpExchange exchange, Reply reply, String method, Map<String, String> params, Headers in,
            boolean isGet, boolean form, List<ExternalTable> external) throws IOException {
        String user = credentials.authenticate(in, params, errors);
        reply.queryId = firstNonBlank(params.get("query_id"), in.getFirst("X-ClickHouse-Query-Id"),
                UUID.randomUUID().toString());
        // ClickHouse's own compressed blocks (LZ4 + CityHash128): compress=1 for the response,
        // decompress=1 for the request body. The JDBC driver asks for compress=1 unless told not to.
        reply.blockCompression = isTrue(params.get("compress"));
        boolean compressedBody = isTrue(params.get("decompress"));

        boolean readOnly = isGet || isTrue(params.get("readonly"));
        // As a server (replace_running_query=0): a query id names one running query.
        if (!runningQueryIds.add(reply.queryId)) {
            throw errors.error("QUERY_WITH_SAME_ID_IS_ALREADY_RUNNING", "Query with id = " + reply.queryId
                    + " is already running.");
        }
        try {
            Incoming incoming = read(exchange, params.get("query"), isGet || form, compressedBody);
            try {
                serve(reply, params, in, user, readOnly, incoming, external);
            } finally {
                if (incoming.spool() != null) {
                    incoming.spool().delete();
                }
            }
        } finally {
            runningQueryIds.remove(reply.queryId);
        }
    }

    /**
     * The statement of a request and, for an INSERT with its data, the data in a temporary file the engine reads
     * with {@code FROM INFILE}: chDB runs a statement's text as a script, in which inline INSERT data ends at the
     * first empty line (so binary or TSV data with an empty line would be cut short) and a {@code ;} after
     * {@code VALUES (…)} starts another statement. A server reads the body as a stream; the file is our stream.
     * Only the statement is held in memory, up to {@link Limits#maxQueryTextBytes()}.
     */
    private Incoming read(HttpExchange exchange, String queryParam, boolean noBody, boolean compressedBody)
            throws IOException {
        if (noBody) {
            return new Incoming(queryParam == null ? "" : queryParam, null, null);
        }
        Spool spool = null;
        try (InputStream body = RequestBody.open(exchange, compressedBody, limits, errors)) {
            var inParam = queryParam == null ? java.util.Optional.<SqlText.InsertWithData>empty()
                    : SqlText.insertWithData(queryParam);
            if (inParam.isPresent()) {
                spool = spool(new byte[0], 0, 0, body);
                return new Incoming(inParam.get().asStatement(), inParam.get().fromFile(spool.file()), spool);
            }
            byte[] head = body.readNBytes(64 * 1024);
            var inBody = queryParam == null
                    ? SqlText.insertWithDataInBody(new String(head, StandardCharsets.ISO_8859_1))
                    : java.util.Optional.<SqlText.InsertWithData>empty();
            if (inBody.isPresent()) {
                spool = spool(head, inBody.get().dataOffset(), head.length, body);
                return new Incoming(inBody.get().asStatement(), inBody.get().fromFile(spool.file()), spool);
            }
            byte[] text = statementText(queryParam, head, body);
            var values = SqlText.insertWithValues(
                    new String(text, 0, Math.min(text.length, 64 * 1024), StandardCharsets.ISO_8859_1));
            if (values.isPresent()) {
                // A statement's closing ';' is not Values data.
                int end = text.length;
                while (end > values.get().dataOffset() && Character.isWhitespace(text[end - 1])) {
                    end--;
                }
                if (end > values.get().dataOffset() && text[end - 1] == ';') {
                    end--;
                }
                spool = spool(text, values.get().dataOffset(), end, InputStream.nullInputStream());
                return new Incoming(values.get().asStatement(), values.get().fromFile(spool.file()), spool);
            }
            return new Incoming(new String(text, StandardCharsets.UTF_8), null, null);
        } catch (IOException | RuntimeException e) {
            if (spool != null) {
                spool.delete();
            }
            if (e instanceof IOException io && compressedBody && !(e instanceof java.io.EOFException)) {
                throw errors.error("CHECKSUM_DOESNT_MATCH", "Cannot read the compressed request body: "
                        + io.getMessage());
            }
            throw e;
        }
    }

    /** As ClickHouse: the query parameter, a line break, then the body; at most maxQueryTextBytes of it. */
    private byte[] statementText(String queryParam, byte[] head, InputStream rest) throws IOException {
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream(
                (queryParam == null ? 0 : queryParam.length() + 1) + head.length);
        if (queryParam != null) {
            text.writeBytes(queryParam.getBytes(StandardCharsets.UTF_8));
            if (head.length > 0) {
                text.write('\n');
            }
        }
        text.writeBytes(head);
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = rest.read(buffer)) > 0; ) {
            if (text.size() + (long) n > limits.maxQueryTextBytes()) {
                throw RequestBody.tooLarge(errors, "The statement text (a body that is not INSERT data)",
                        limits.maxQueryTextBytes(), "--max-query-text");
            }
            text.write(buffer, 0, n);
        }
        if (text.size() > limits.maxQueryTextBytes()) {
            throw RequestBody.tooLarge(errors, "The statement text", limits.maxQueryTextBytes(), "--max-query-text");
        }
        return text.toByteArray();
    }

    /** {@code first[from..to)} and the rest of the body in a temporary file, counted against the spill space. */
    private Spool spool(byte[] first, int from, int to, InputStream rest) throws IOException {
        Spool spool = Spool.create(spillSpace, "eoffice-warehouse-insert");
        try {
            spool.out().write(first, from, to - from);
            rest.transferTo(spool.out());
            spool.out().close();
            return spool;
        } catch (IOException | RuntimeException e) {
            spool.delete();
            throw e;
        }
    }

    private void serve(Reply reply, Map<String, String> params, Headers in, String user, boolean readOnly,
            Incoming incoming, List<ExternalTable> external) throws IOException {
        if (incoming.text().isBlank()) {
            throw errors.error("SYNTAX_ERROR", "Empty query");
        }
        String defaultFormat = firstNonBlank(in.getFirst("X-ClickHouse-Format"), params.get("default_format"),
                "TabSeparated");
        reply.format = defaultFormat;
        String database = firstNonBlank(in.getFirst("X-ClickHouse-Database"), params.get("database"), null);
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, String> queryParams = new LinkedHashMap<>();
        for (var e : params.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("param_")) {
                queryParams.put(k.substring("param_".length()), e.getValue());
            } else if (!HTTP_PARAMETERS.contains(k) && !k.startsWith("http_")
                    && !ExternalTable.describes(k, external)) {
                settings.put(k, e.getValue());
            }
        }
        reply.compression = "1".equals(params.get("enable_http_compression"))
                ? Reply.Compression.choose(in.getFirst("Accept-Encoding"))
                : Reply.Compression.NONE;
        boolean waitEnd = isTrue(params.get("wait_end_of_query"));
        Statement statement = new Statement(reply.queryId, incoming.text(), incoming.insertFromFile(), defaultFormat,
                database, settings, queryParams, waitEnd, external);

        String sessionId = params.get("session_id");
        if (sessionId != null && !sessionId.isEmpty()) {
            runInSession(user, sessionId, params, readOnly, statement, reply);
        } else {
            runPooled(readOnly, statement, reply);
        }
    }

    /**
     * The statement as the engine will run it, once the guard has had the engine parse it: the engine's own
     * rendering of it, or for an INSERT with spooled data the INSERT reading that file. {@code readOnlyByKind}
     * refuses anything but reading, SET and USE (a session's GET, whose connection cannot be made read-only).
     */
    private Ready ready(ChdbConnection c, Statement st, Reply reply, boolean readOnlyByKind) {
        StatementGuard.Checked checked = guard.check(c, st.text, st.queryParams);
        if (readOnlyByKind && !checked.onlyReads()) {
            throw errors.error("READONLY", "Cannot execute query in readonly mode. For queries over HTTP,"
                    + " method GET implies readonly. You should use method POST for modifying queries");
        }
        String text;
        if (st.insertFromFile != null) {
            if (!checked.insertWithInlineData()) {
                throw errors.error("SYNTAX_ERROR", "The statement before the INSERT data is not a plain INSERT");
            }
            text = st.insertFromFile;
        } else {
            if (checked.insertWithInlineData()) {
                throw errors.error("BAD_ARGUMENTS", "INSERT data is read after `INSERT INTO table [(columns)]"
                        + " VALUES` or after `… FORMAT name` and a line break, or as the whole body when the INSERT"
                        + " is the query parameter");
            }
            text = checked.sql();
        }
        boolean reading = SqlText.isReading(text);
        java.util.Optional<String> format = reading ? SqlText.renderedFormat(text, st.defaultFormat)
                : java.util.Optional.of(st.defaultFormat);
        reply.format = format.orElse(st.defaultFormat);
        return new Ready(text.getBytes(StandardCharsets.UTF_8), text, reading, format.isPresent());
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
            Ready ready;
            try {
                ready = ready(c, st, reply, false);
            } catch (RuntimeException refused) {
                clean = true; // nothing ran
                throw refused;
            }
            List<String> restore = prepare(c, st, false);
            try {
                loadExternal(c, st);
                execute(c, st, ready, reply);
            } finally {
                // A table left behind would show one client's data to the next: such a connection goes.
                clean = dropExternal(c, st) & restoreState(c, restore)
                        && !CHANGES_SESSION_STATE.matcher(ready.text).find();
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
            ChdbConnection c = session.connection;
            Ready ready = ready(c, st, reply, readOnly);
            List<String> restore = prepare(c, st, true);
            try {
                loadExternal(c, st);
                execute(c, st, ready, reply);
            } finally {
                dropExternal(c, st); // were it to stay, only this session's own client could read it
                restoreState(c, restore);
            }
        } finally {
            session.touch();
            session.lock.unlock();
        }
    }

    /** External data as temporary tables, after the request's settings (which may tune how the format is read). */
    private static void loadExternal(ChdbConnection c, Statement st) {
        for (ExternalTable t : st.external) {
            t.load(c);
        }
    }

    private static boolean dropExternal(ChdbConnection c, Statement st) {
        boolean dropped = true;
        for (ExternalTable t : st.external) {
            dropped &= t.drop(c);
        }
        return dropped;
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
                    if (old == null && settingDefaults.containsKey(name)) {
                        // The value every connection starts with, profile included: SET … = DEFAULT would
                        // reset a limited setting past the profile's ceiling (to unlimited).
                        old = SqlText.quoteString(settingDefaults.get(name));
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

    private void execute(ChdbConnection c, Statement st, Ready ready, Reply reply) throws IOException {
        // Stream only what can be joined chunk by chunk; the rest is materialised by the engine.
        var joiner = ready.reading && ready.formatKnown ? ChunkJoiner.forFormat(reply.format) : java.util.Optional.<ChunkJoiner>empty();
        if (joiner.isPresent()) {
            ChdbConnection.ResultStream stream = null;
            try {
                stream = c.stream(ready.sql, st.defaultFormat, st.queryParams);
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
        try (SpillBuffer body = new SpillBuffer(HOLD_BACK_BYTES, spillSpace)) {
            EngineStats stats = c.queryInto(ready.sql, st.defaultFormat, st.queryParams, body);
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
        try (SpillBuffer held = new SpillBuffer(HOLD_BACK_BYTES, spillSpace)) {
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

    /**
     * A client's statement before the engine has parsed it: its text (for an INSERT with data, the INSERT
     * without it) and, when the data was spooled, the INSERT that reads it from the file.
     */
    private record Statement(String queryId, String text, String insertFromFile, String defaultFormat,
            String database, Map<String, String> settings, Map<String, String> queryParams,
            boolean waitEndOfQuery, List<ExternalTable> external) {}

    /** What {@link #read} took from the request. */
    private record Incoming(String text, String insertFromFile, Spool spool) {}

    /** The statement to run, in the engine's words, and how its output is sent. */
    private record Ready(byte[] sql, String text, boolean reading, boolean formatKnown) {}

    /** Raised after the response started, so the handler lets the server drop the connection. */
    private static final class MidStreamFailure extends RuntimeException {
        MidStreamFailure(String message) {
            super(message);
        }
    }
}
