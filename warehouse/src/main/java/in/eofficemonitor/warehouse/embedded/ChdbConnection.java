package in.eofficemonitor.warehouse.embedded;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One engine connection (a chDB session: its own current database, settings and temporary
 * tables). It runs one statement at a time; callers serialise use (the pool or a session lock).
 */
final class ChdbConnection implements AutoCloseable {

    private final ChdbLibrary lib;
    /** {@code chdb_connection*} as returned by chdb_connect; {@link #handle} is what it points to. */
    private final MemorySegment connectionPointer;

    private final MemorySegment handle;
    private boolean closed;

    private ChdbConnection(ChdbLibrary lib, MemorySegment connectionPointer) {
        this.lib = lib;
        this.connectionPointer = connectionPointer.reinterpret(ADDRESS.byteSize());
        this.handle = this.connectionPointer.get(ADDRESS, 0);
    }

    /**
     * Opens a connection to the engine storing its data in {@code dataDir}. The first connection of
     * the process boots the engine; later ones to the same directory join it. {@code settings} are
     * query-level settings for this connection only (as if run with SET).
     */
    static ChdbConnection open(ChdbLibrary lib, Path dataDir, Map<String, String> settings) {
        List<String> args = new ArrayList<>();
        args.add("clickhouse");
        args.add("--path=" + dataDir.toAbsolutePath());
        settings.forEach((k, v) -> args.add("--" + k + "=" + v));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment argv = arena.allocate(ADDRESS, args.size());
            for (int i = 0; i < args.size(); i++) {
                argv.setAtIndex(ADDRESS, i, arena.allocateFrom(args.get(i)));
            }
            // Booting the engine may touch signal handlers; keep the JVM's (see SignalHandlers).
            SignalHandlers jvmHandlers = SignalHandlers.save();
            MemorySegment conn;
            try {
                conn = (MemorySegment) lib.connect.invokeExact(args.size(), argv);
            } finally {
                jvmHandlers.restore();
            }
            if (conn.equals(MemorySegment.NULL)) {
                throw new ChdbException(ClickHouseErrors.UNKNOWN_EXCEPTION,
                        "chdb_connect failed for data directory " + dataDir.toAbsolutePath()
                                + " (is another process using it, or a different directory open in this one?)");
            }
            ProcessExit.skipEngineDestructors();
            return new ChdbConnection(lib, conn);
        } catch (ChdbException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("chdb_connect failed", e);
        }
    }

    /** Runs a statement and returns its whole output. Use for statements with small results. */
    Result query(byte[] sql, String format, Map<String, String> queryParams) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            EngineStats stats = queryInto(sql, format, queryParams, out);
            return new Result(out.toByteArray(), stats);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Runs a statement and copies its whole output to {@code out} straight from the engine's
     * buffer, in pieces, so no second copy of it is held in the heap.
     */
    EngineStats queryInto(byte[] sql, String format, Map<String, String> queryParams, OutputStream out)
            throws IOException {
        ensureOpen();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment q = arena.allocate(Math.max(1, sql.length));
            MemorySegment.copy(sql, 0, q, JAVA_BYTE, 0, sql.length);
            byte[] fmt = format.getBytes(StandardCharsets.US_ASCII);
            MemorySegment f = arena.allocateFrom(format);
            MemorySegment result;
            if (queryParams.isEmpty()) {
                result = (MemorySegment) lib.queryN.invokeExact(handle, q, (long) sql.length, f, (long) fmt.length);
            } else {
                Params p = Params.of(arena, queryParams);
                result = (MemorySegment) lib.queryWithParamsN.invokeExact(handle, q, (long) sql.length, f,
                        (long) fmt.length, p.names, p.nameLengths, p.values, p.valueLengths, (long) p.count);
            }
            try {
                throwIfError(result);
                copy(dataOf(result), 0, out, new byte[64 * 1024]);
                return statsOf(result);
            } finally {
                destroy(result);
            }
        } catch (ChdbException | IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("chDB query failed", e);
        }
    }

    private MemorySegment dataOf(MemorySegment result) throws Throwable {
        MemorySegment buf = (MemorySegment) lib.resultBuffer.invokeExact(result);
        long len = (long) lib.resultLength.invokeExact(result);
        return len == 0 || buf.equals(MemorySegment.NULL) ? MemorySegment.NULL : buf.reinterpret(len);
    }

    /** Writes {@code data} from byte {@code from} on to {@code out}. */
    static void copy(MemorySegment data, long from, OutputStream out, byte[] scratch) throws IOException {
        long len = data.byteSize();
        for (long off = from; off < len; off += scratch.length) {
            int n = (int) Math.min(scratch.length, len - off);
            MemorySegment.copy(data, JAVA_BYTE, off, scratch, 0, n);
            out.write(scratch, 0, n);
        }
    }

    /** Convenience for internal statements (SET, USE, small SELECTs); returns the text output. */
    String queryText(String sql) {
        return new String(query(sql.getBytes(StandardCharsets.UTF_8), "TabSeparated", Map.of()).data(),
                StandardCharsets.UTF_8);
    }

    /**
     * Starts a statement whose output is fetched chunk by chunk, so a large result never sits whole
     * in memory. Errors at start throw; the stream must be closed.
     */
    ResultStream stream(byte[] sql, String format, Map<String, String> queryParams) {
        ensureOpen();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment q = arena.allocate(Math.max(1, sql.length));
            MemorySegment.copy(sql, 0, q, JAVA_BYTE, 0, sql.length);
            byte[] fmt = format.getBytes(StandardCharsets.US_ASCII);
            MemorySegment f = arena.allocateFrom(format);
            MemorySegment result;
            if (queryParams.isEmpty()) {
                result = (MemorySegment) lib.streamQueryN.invokeExact(handle, q, (long) sql.length, f,
                        (long) fmt.length);
            } else {
                Params p = Params.of(arena, queryParams);
                result = (MemorySegment) lib.streamQueryWithParamsN.invokeExact(handle, q, (long) sql.length, f,
                        (long) fmt.length, p.names, p.nameLengths, p.values, p.valueLengths, (long) p.count);
            }
            try {
                throwIfError(result);
            } catch (ChdbException e) {
                destroy(result);
                throw e;
            }
            return new ResultStream(result);
        } catch (ChdbException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("chDB streaming query failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lib.closeConn.invokeExact(connectionPointer);
        } catch (Throwable e) {
            throw new IllegalStateException("chdb_close_conn failed", e);
        }
    }

    boolean isClosed() {
        return closed;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("engine connection is closed");
        }
    }

    private void throwIfError(MemorySegment result) throws Throwable {
        if (result.equals(MemorySegment.NULL)) {
            throw new ChdbException(ClickHouseErrors.UNKNOWN_EXCEPTION, "chDB returned no result");
        }
        MemorySegment err = (MemorySegment) lib.resultError.invokeExact(result);
        if (!err.equals(MemorySegment.NULL)) {
            throw ChdbException.fromEngineMessage(err.reinterpret(Long.MAX_VALUE).getString(0));
        }
    }

    private EngineStats statsOf(MemorySegment result) throws Throwable {
        long rowsRead = (long) lib.resultRowsRead.invokeExact(result);
        long storageRows = (long) lib.resultStorageRowsRead.invokeExact(result);
        long storageBytes = (long) lib.resultStorageBytesRead.invokeExact(result);
        long rowsWritten = (long) lib.resultRowsWritten.invokeExact(result);
        long bytesWritten = (long) lib.resultBytesWritten.invokeExact(result);
        double elapsed = (double) lib.resultElapsed.invokeExact(result);
        // chDB's rows_read/bytes_read describe the result; storage_* what was read from tables.
        return new EngineStats(storageRows, storageBytes, rowsWritten, bytesWritten, rowsRead,
                (long) (elapsed * 1e9));
    }

    private void destroy(MemorySegment result) {
        if (result.equals(MemorySegment.NULL)) {
            return;
        }
        try {
            lib.destroyQueryResult.invokeExact(result);
        } catch (Throwable e) {
            throw new IllegalStateException("chdb_destroy_query_result failed", e);
        }
    }

    /** The whole output of a statement and what the engine reported about it. */
    record Result(byte[] data, EngineStats stats) {}

    /** A statement's output, fetched chunk by chunk from the engine. */
    final class ResultStream implements AutoCloseable {
        private final MemorySegment streamHandle;
        private MemorySegment currentChunk;
        private EngineStats stats = EngineStats.NONE;
        private boolean finished;
        private boolean closedStream;

        private ResultStream(MemorySegment streamHandle) {
            this.streamHandle = streamHandle;
        }

        /**
         * Fetches the next chunk of output: a view of engine memory, valid until the next fetch
         * or close. Null when the stream has ended.
         */
        MemorySegment fetch() {
            releaseChunk();
            if (finished) {
                return null;
            }
            try {
                currentChunk = (MemorySegment) lib.streamFetchResult.invokeExact(handle, streamHandle);
                throwIfError(currentChunk);
                stats = stats.plus(statsOf(currentChunk));
                MemorySegment data = dataOf(currentChunk);
                if (data.byteSize() == 0) {
                    finished = true;
                    releaseChunk();
                    return null;
                }
                return data;
            } catch (ChdbException e) {
                releaseChunk();
                throw e;
            } catch (Throwable e) {
                releaseChunk();
                throw new IllegalStateException("chdb_stream_fetch_result failed", e);
            }
        }

        private void releaseChunk() {
            if (currentChunk != null) {
                destroy(currentChunk);
                currentChunk = null;
            }
        }

        EngineStats stats() {
            return stats;
        }

        boolean finished() {
            return finished;
        }

        /** Ends the statement: cancels it in the engine if it has not run to its end. */
        @Override
        public void close() {
            if (closedStream) {
                return;
            }
            closedStream = true;
            releaseChunk();
            try {
                if (!finished) {
                    lib.streamCancelQuery.invokeExact(handle, streamHandle);
                }
            } catch (Throwable e) {
                throw new IllegalStateException("chdb_stream_cancel_query failed", e);
            } finally {
                destroy(streamHandle);
            }
        }
    }

    /** Named query parameters laid out as the four parallel arrays chDB's *_with_params_n expect. */
    private record Params(MemorySegment names, MemorySegment nameLengths, MemorySegment values,
            MemorySegment valueLengths, int count) {
        static Params of(Arena arena, Map<String, String> params) {
            int n = params.size();
            MemorySegment names = arena.allocate(ADDRESS, n);
            MemorySegment nameLengths = arena.allocate(JAVA_LONG, n);
            MemorySegment values = arena.allocate(ADDRESS, n);
            MemorySegment valueLengths = arena.allocate(JAVA_LONG, n);
            int i = 0;
            for (var e : params.entrySet()) {
                byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
                byte[] v = e.getValue().getBytes(StandardCharsets.UTF_8);
                names.setAtIndex(ADDRESS, i, copy(arena, k));
                nameLengths.setAtIndex(JAVA_LONG, i, k.length);
                values.setAtIndex(ADDRESS, i, copy(arena, v));
                valueLengths.setAtIndex(JAVA_LONG, i, v.length);
                i++;
            }
            return new Params(names, nameLengths, values, valueLengths, n);
        }

        private static MemorySegment copy(Arena arena, byte[] bytes) {
            MemorySegment s = arena.allocate(Math.max(1, bytes.length));
            MemorySegment.copy(bytes, 0, s, JAVA_BYTE, 0, bytes.length);
            return s;
        }
    }
}
