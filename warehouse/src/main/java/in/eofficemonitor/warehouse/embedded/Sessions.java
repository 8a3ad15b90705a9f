package in.eofficemonitor.warehouse.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * HTTP sessions ({@code session_id}): each pins one engine connection, so its SETs, current
 * database and temporary tables outlive a request. A session expires {@code session_timeout}
 * seconds (default 60, as ClickHouse) after its last request ends; one request at a time.
 */
final class Sessions implements AutoCloseable {

    static final int DEFAULT_TIMEOUT_SECONDS = 60;
    static final int MAX_TIMEOUT_SECONDS = 3600;

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final int maxSessions;

    Sessions(int maxSessions) {
        this.maxSessions = maxSessions;
    }

    /** One user's session. */
    static final class Session {
        final String key;
        final ReentrantLock lock = new ReentrantLock();
        final ChdbConnection connection;
        volatile long expiresAtNanos;
        volatile int timeoutSeconds;

        Session(String key, ChdbConnection connection, int timeoutSeconds) {
            this.key = key;
            this.connection = connection;
            this.timeoutSeconds = timeoutSeconds;
            touch();
        }

        void touch() {
            expiresAtNanos = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        }
    }

    /**
     * Finds the session of {@code user} named {@code id}, or creates it when {@code mayCreate}.
     * Returns null when it does not exist and may not be created.
     */
    Session find(String user, String id, boolean mayCreate, int timeoutSeconds, Supplier<ChdbConnection> opener) {
        String key = user + "\u0000" + id;
        expire();
        Session s = sessions.get(key);
        if (s != null || !mayCreate) {
            if (s != null) {
                s.timeoutSeconds = timeoutSeconds;
                s.touch(); // in use again: keep the expiry sweep off it while the request waits for it
            }
            return s;
        }
        synchronized (this) {
            s = sessions.get(key);
            if (s == null) {
                if (sessions.size() >= maxSessions) {
                    throw new IllegalStateException("too many sessions (" + maxSessions + ")");
                }
                s = new Session(key, opener.get(), timeoutSeconds);
                sessions.put(key, s);
            }
            return s;
        }
    }

    /** Closes sessions whose time is up and that no request is using. */
    void expire() {
        long now = System.nanoTime();
        for (Session s : List.copyOf(sessions.values())) {
            if (now - s.expiresAtNanos > 0 && s.lock.tryLock()) {
                try {
                    if (now - s.expiresAtNanos > 0 && sessions.remove(s.key, s)) {
                        s.connection.close();
                    }
                } finally {
                    s.lock.unlock();
                }
            }
        }
    }

    int count() {
        return sessions.size();
    }

    @Override
    public void close() {
        List<Session> all = new ArrayList<>(sessions.values());
        sessions.clear();
        for (Session s : all) {
            s.connection.close();
        }
    }
}
