package in.eofficemonitor.warehouse.embedded;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded ClickHouse: the chDB engine (libchdb.so, loaded through the Foreign Function &amp;
 * Memory API) keeping its data in a directory, served over ClickHouse's HTTP interface so the
 * official JDBC driver, curl and any ClickHouse HTTP client use it as they would a server.
 *
 * <pre>{@code
 * try (var warehouse = EmbeddedWarehouse.start(EmbeddedWarehouse.Config.defaults().withPort(0))) {
 *     DriverManager.getConnection(warehouse.jdbcUrl(), "default", "");
 * }
 * }</pre>
 *
 * <p>chDB allows one data directory per process: starting a second warehouse on another directory
 * while one is running fails.
 */
public final class EmbeddedWarehouse implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedWarehouse.class);
    static volatile String ENGINE_VERSION_LABEL = "chDB";

    /**
     * The data directory of the engine in this process and how many warehouses serve it: chDB
     * boots one engine per process, on one directory; several HTTP fronts may share it.
     */
    private static Path runningDataDir;
    private static int runningCount;

    /** How to start the warehouse. */
    public record Config(Path dataDir, String bindAddress, int port, String user, String password, Path libchdb,
            int poolSize, Set<String> openSources, List<String> allowedOrigins, Limits limits) {

        public static final Path DEFAULT_DATA_DIR = Path.of("data", "clickhouse");
        public static final int DEFAULT_PORT = 8123;

        public Config {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(bindAddress, "bindAddress");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(libchdb, "libchdb: set -Deoffice.chdb.lib or EOFFICE_CHDB_LIB to libchdb.so");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            if (poolSize < 1) {
                throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
            }
            if (user.isBlank()) {
                throw new IllegalArgumentException("user must not be blank");
            }
            openSources = EngineAccess.sources(Objects.requireNonNull(openSources, "openSources"));
            allowedOrigins = List.copyOf(allowedOrigins);
            Objects.requireNonNull(limits, "limits");
        }

        /** The former seven-part form: no source opened, no origin allowed, default limits. */
        public Config(Path dataDir, String bindAddress, int port, String user, String password, Path libchdb,
                int poolSize) {
            this(dataDir, bindAddress, port, user, password, libchdb, poolSize, Set.of(), List.of(), Limits.defaults());
        }

        /**
         * ./data/clickhouse on 127.0.0.1:8123, user default with no password, the library from
         * {@code -Deoffice.chdb.lib} or {@code EOFFICE_CHDB_LIB}, one engine connection per core (at least 4).
         */
        public static Config defaults() {
            return new Config(DEFAULT_DATA_DIR, "127.0.0.1", DEFAULT_PORT, "default", "", defaultLibrary(),
                    Math.max(4, Runtime.getRuntime().availableProcessors()), Set.of(), List.of(), Limits.defaults());
        }

        /** The engine library named by {@code -Deoffice.chdb.lib}, else {@code EOFFICE_CHDB_LIB}. */
        public static Path defaultLibrary() {
            String p = System.getProperty("eoffice.chdb.lib");
            if (p == null || p.isBlank()) {
                p = System.getenv("EOFFICE_CHDB_LIB");
            }
            if (p == null || p.isBlank()) {
                throw new IllegalStateException("no chDB library configured: set -Deoffice.chdb.lib=/path/libchdb.so"
                        + " or EOFFICE_CHDB_LIB (./eoffice-monitor downloads it to ~/.cache/eoffice-monitor)");
            }
            return Path.of(p);
        }

        public Config withDataDir(Path dir) {
            return new Config(dir, bindAddress, port, user, password, libchdb, poolSize,
                    openSources, allowedOrigins, limits);
        }

        public Config withBindAddress(String address) {
            return new Config(dataDir, address, port, user, password, libchdb, poolSize,
                    openSources, allowedOrigins, limits);
        }

        public Config withPort(int p) {
            return new Config(dataDir, bindAddress, p, user, password, libchdb, poolSize,
                    openSources, allowedOrigins, limits);
        }

        public Config withCredentials(String u, String pw) {
            return new Config(dataDir, bindAddress, port, u, pw, libchdb, poolSize,
                    openSources, allowedOrigins, limits);
        }

        public Config withLibchdb(Path lib) {
            return new Config(dataDir, bindAddress, port, user, password, lib, poolSize,
                    openSources, allowedOrigins, limits);
        }

        public Config withPoolSize(int size) {
            return new Config(dataDir, bindAddress, port, user, password, libchdb, size,
                    openSources, allowedOrigins, limits);
        }

        /** Sources the engine may reach beyond its data directory (FILE, URL, REMOTE, S3, …); none by default. */
        public Config withOpenSources(java.util.Collection<String> sources) {
            return new Config(dataDir, bindAddress, port, user, password, libchdb, poolSize, Set.copyOf(sources),
                    allowedOrigins, limits);
        }

        /** Origins (e.g. {@code https://monitor.example.gov.in}) of web pages allowed to call; none by default. */
        public Config withAllowedOrigins(List<String> origins) {
            return new Config(dataDir, bindAddress, port, user, password, libchdb, poolSize, openSources, origins,
                    limits);
        }

        public Config withLimits(Limits l) {
            return new Config(dataDir, bindAddress, port, user, password, libchdb, poolSize, openSources,
                    allowedOrigins, l);
        }

        /**
         * Refuses to expose the warehouse beyond this machine without a password: anyone who
         * reaches the port could otherwise read and drop every table.
         */
        void checkExposure() {
            InetAddress address;
            try {
                address = InetAddress.getByName(bindAddress);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("cannot resolve bind address " + bindAddress, e);
            }
            if (!address.isLoopbackAddress() && password.isEmpty()) {
                throw new IllegalArgumentException("refusing to serve the warehouse on " + bindAddress
                        + " (not loopback) without a password; set a password (--password) or bind 127.0.0.1");
            }
        }
    }

    private final Config config;
    private final Path dataDir;
    private final EnginePool pool;
    private final Sessions sessions;
    private final HttpInterface http;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ExecutorService overflow;
    private final ScheduledExecutorService sweeper;
    private final String version;
    private boolean closed;

    private EmbeddedWarehouse(Config config, Path dataDir, EnginePool pool, Sessions sessions, HttpInterface http,
            HttpServer server, ExecutorService executor, ExecutorService overflow, ScheduledExecutorService sweeper,
            String version) {
        this.config = config;
        this.dataDir = dataDir;
        this.pool = pool;
        this.sessions = sessions;
        this.http = http;
        this.server = server;
        this.executor = executor;
        this.overflow = overflow;
        this.sweeper = sweeper;
        this.version = version;
    }

    /** Boots the engine on {@code config.dataDir()} and starts serving HTTP. */
    public static EmbeddedWarehouse start(Config config) {
        config.checkExposure();
        Path dataDir;
        try {
            Files.createDirectories(config.dataDir());
            dataDir = config.dataDir().toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + config.dataDir(), e);
        }
        synchronized (EmbeddedWarehouse.class) {
            if (runningDataDir != null && !runningDataDir.equals(dataDir)) {
                throw new IllegalStateException("an embedded warehouse is already running in this process on "
                        + runningDataDir + " (chDB allows one data directory per process); close it first");
            }
            runningDataDir = dataDir;
            runningCount++;
        }
        long t0 = System.nanoTime();
        EnginePool pool = null;
        Sessions sessions = null;
        try {
            ChdbLibrary lib = ChdbLibrary.load(config.libchdb());
            pool = new EnginePool(lib, dataDir, config.poolSize(),
                    EngineAccess.write(dataDir, config.openSources(), config.limits()));
            String[] info = pool.anchor().queryText("SELECT version(), timezone()").strip().split("\t");
            String version = info[0];
            String timezone = info[1];
            ENGINE_VERSION_LABEL = version + " (chDB embedded)";
            ClickHouseErrors errors = ClickHouseErrors.loadFrom(pool.anchor());
            Limits limits = config.limits();
            sessions = new Sessions(limits.maxSessions());
            HttpInterface http = new HttpInterface(pool, sessions, errors,
                    new Credentials(config.user(), config.password()), timezone, displayName(),
                    settingDefaults(pool.anchor()),
                    new StatementGuard(errors, EngineAccess.userFiles(dataDir), config.openSources()), limits,
                    config.allowedOrigins());

            applyTimeouts(limits);
            HttpServer server = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 128);
            AtomicInteger threadNo = new AtomicInteger();
            // Requests beyond the bounded queue are answered 503 on a virtual thread of their own, which touches
            // no engine: the workers stay with the requests already admitted.
            ExecutorService overflow = java.util.concurrent.Executors.newThreadPerTaskExecutor(
                    Thread.ofVirtual().name("warehouse-http-refuse-", 0).factory());
            // Platform threads: engine calls block in native code, which would pin virtual threads' carriers.
            ThreadPoolExecutor executor = new ThreadPoolExecutor(config.poolSize() * 2 + 4, config.poolSize() * 2 + 4,
                    60, TimeUnit.SECONDS, new java.util.concurrent.ArrayBlockingQueue<>(limits.maxQueuedRequests()),
                    r -> {
                        Thread t = new Thread(r, "warehouse-http-" + threadNo.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    }, (task, pool1) -> {
                        if (!overflow.isShutdown()) {
                            overflow.execute(() -> HttpInterface.refuseQueueFull(task));
                        }
                    });
            server.setExecutor(executor);
            server.createContext("/", http);
            server.start();
            Sessions s = sessions;
            ScheduledExecutorService sweeper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "warehouse-session-expiry");
                t.setDaemon(true);
                return t;
            });
            sweeper.scheduleWithFixedDelay(s::expire, 1, 1, TimeUnit.SECONDS);
            EmbeddedWarehouse w = new EmbeddedWarehouse(config, dataDir, pool, sessions, http, server, executor,
                    overflow, sweeper, version);
            log.info("Embedded warehouse (ClickHouse {} via chDB) on {} serving {} in {} ms", version, dataDir,
                    w.httpUri(), (System.nanoTime() - t0) / 1_000_000);
            return w;
        } catch (IOException e) {
            closeQuietly(sessions, pool);
            release();
            throw new UncheckedIOException("cannot listen on " + config.bindAddress() + ":" + config.port(), e);
        } catch (RuntimeException e) {
            closeQuietly(sessions, pool);
            release();
            throw e;
        }
    }

    /**
     * The JDK's HTTP server takes its timeouts from system properties, read once per JVM when it first serves:
     * the first warehouse started sets them, unless the JVM was started with them (-D…).
     */
    private static void applyTimeouts(Limits limits) {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(limits.readTimeoutSeconds()));
        }
        if (System.getProperty("sun.net.httpserver.idleInterval") == null) {
            System.setProperty("sun.net.httpserver.idleInterval", Integer.toString(limits.idleTimeoutSeconds()));
        }
    }

    private static Map<String, String> settingDefaults(ChdbConnection c) {
        Map<String, String> defaults = new HashMap<>();
        for (String line : c.queryText("SELECT name, value FROM system.settings FORMAT TSVRaw").split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                defaults.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return defaults;
    }

    private static void closeQuietly(Sessions sessions, EnginePool pool) {
        if (sessions != null) {
            sessions.close();
        }
        if (pool != null) {
            pool.close();
        }
    }

    private static synchronized void release() {
        if (--runningCount == 0) {
            runningDataDir = null;
        }
    }

    private static String displayName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "eoffice-monitor";
        }
    }

    /** The port the HTTP interface listens on (the real one when started with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** e.g. {@code http://127.0.0.1:8123/}. */
    public URI httpUri() {
        return URI.create("http://" + hostForUrl() + ":" + port() + "/");
    }

    /**
     * The JDBC URL for the official driver. {@code compress=false}: on loopback, compressing every
     * response (the driver's default, ClickHouse's LZ4 blocks, which is served too) only costs CPU.
     */
    public String jdbcUrl() {
        return "jdbc:clickhouse://" + hostForUrl() + ":" + port() + "/default?compress=false";
    }

    public Config config() {
        return config;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The ClickHouse version inside the engine. */
    public String engineVersion() {
        return version;
    }

    /** Engine connections of the pool now running a statement (for tests and monitoring). */
    int busyConnections() {
        return pool.inUse();
    }

    /** Open HTTP sessions. */
    int openSessions() {
        return sessions.count();
    }

    private String hostForUrl() {
        String host = config.bindAddress();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /**
     * Stops accepting requests, gives requests in flight a few seconds to finish (streams still
     * running then are cancelled), closes the sessions and the engine connections.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long t0 = System.nanoTime();
        // New requests are refused; requests in flight get a few seconds (streams are cancelled
        // at their next chunk, a statement inside the engine runs to its end).
        http.beginShutdown();
        try {
            if (!http.awaitIdle(5_000)) {
                log.warn("requests still running after 5 s; stopping the HTTP server anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        overflow.shutdown();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("requests still running after 30 s; closing the engine anyway");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sweeper.shutdownNow();
        closeQuietly(sessions, pool);
        release();
        log.info("Embedded warehouse on {} stopped in {} ms", dataDir, (System.nanoTime() - t0) / 1_000_000);
    }
}
