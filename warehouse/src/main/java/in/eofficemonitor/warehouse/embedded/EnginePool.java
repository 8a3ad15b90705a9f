package in.eofficemonitor.warehouse.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool of engine connections. At most {@code size} statements run at once; further
 * requests queue for a permit. Read-only connections (for {@code GET} and {@code readonly=1})
 * are kept apart because {@code readonly} can never be switched back off on a connection.
 *
 * <p>One connection (the anchor) stays open for the life of the pool: closing the last connection
 * shuts the engine down, and chDB advises against booting it again and again in one process.
 */
final class EnginePool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EnginePool.class);

    /**
     * Settings every connection starts from where chDB's defaults differ from a ClickHouse
     * server's. chDB 26.5 turns {@code async_insert} on, which makes an INSERT with its data in the
     * request fail ("Processing async inserts with both inlined and external data ... is not
     * supported") and would make a server's clients see different insert semantics.
     */
    static final Map<String, String> BASELINE = Map.of("async_insert", "0");

    private final ChdbLibrary lib;
    private final Path dataDir;
    /** Boot arguments of every connection: the engine configuration (only the first connection's boots it). */
    private final Map<String, String> engineArgs;
    private final Semaphore permits;
    private final ConcurrentLinkedDeque<ChdbConnection> idleReadWrite = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<ChdbConnection> idleReadOnly = new ConcurrentLinkedDeque<>();
    private final ChdbConnection anchor;
    private final int size;
    private volatile boolean closed;

    EnginePool(ChdbLibrary lib, Path dataDir, int size, Path engineConfig) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, was " + size);
        }
        this.lib = lib;
        this.dataDir = dataDir;
        this.engineArgs = Map.of("config-file", engineConfig.toAbsolutePath().toString());
        this.size = size;
        this.permits = new Semaphore(size, true);
        this.anchor = configured(ChdbConnection.open(lib, dataDir, engineArgs));
    }

    /** The connection that keeps the engine up; for start-up queries only, never for requests. */
    ChdbConnection anchor() {
        return anchor;
    }

    /** Waits up to {@code timeoutMillis} for a free connection; null when none became free. */
    Lease acquire(boolean readOnly, long timeoutMillis) throws InterruptedException {
        if (closed) {
            throw new IllegalStateException("the embedded warehouse is shutting down");
        }
        if (!permits.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS)) {
            return null;
        }
        try {
            ChdbConnection c = (readOnly ? idleReadOnly : idleReadWrite).pollFirst();
            if (c == null) {
                c = openConnection(readOnly);
            }
            return new Lease(c, readOnly);
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** A connection outside the pool, for a session that keeps its own state. */
    ChdbConnection openDedicated() {
        return configured(ChdbConnection.open(lib, dataDir, engineArgs));
    }

    private static ChdbConnection configured(ChdbConnection c) {
        try {
            BASELINE.forEach((name, value) -> c.queryText("SET " + name + " = " + SqlText.quoteString(value)));
            return c;
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private ChdbConnection openConnection(boolean readOnly) {
        ChdbConnection c = configured(ChdbConnection.open(lib, dataDir, engineArgs));
        if (readOnly) {
            try {
                // readonly=2 still allows SET of other settings (URL parameters), like ClickHouse's GET.
                c.queryText("SET readonly = 2");
            } catch (RuntimeException e) {
                c.close();
                throw e;
            }
        }
        return c;
    }

    int size() {
        return size;
    }

    /** Connections now in use. */
    int inUse() {
        return size - permits.availablePermits();
    }

    @Override
    public void close() {
        closed = true;
        List<ChdbConnection> all = new ArrayList<>(idleReadWrite);
        all.addAll(idleReadOnly);
        idleReadWrite.clear();
        idleReadOnly.clear();
        for (ChdbConnection c : all) {
            closeQuietly(c);
        }
        closeQuietly(anchor);
    }

    private static void closeQuietly(ChdbConnection c) {
        try {
            c.close();
        } catch (RuntimeException e) {
            log.warn("closing an engine connection failed", e);
        }
    }

    /** A connection borrowed from the pool; give it back with {@link #release(boolean)}. */
    final class Lease {
        private final ChdbConnection connection;
        private final boolean readOnly;
        private boolean released;

        private Lease(ChdbConnection connection, boolean readOnly) {
            this.connection = connection;
            this.readOnly = readOnly;
        }

        ChdbConnection connection() {
            return connection;
        }

        /** Returns the connection; a connection whose state could not be reset is closed instead. */
        void release(boolean clean) {
            if (released) {
                return;
            }
            released = true;
            try {
                if (clean && !closed) {
                    (readOnly ? idleReadOnly : idleReadWrite).addFirst(connection);
                } else {
                    closeQuietly(connection);
                }
            } finally {
                permits.release();
            }
        }
    }
}
