package in.eofficemonitor.warehouse;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.data_formats.ClickHouseBinaryFormatReader;
import com.clickhouse.client.api.query.QueryResponse;
import com.clickhouse.client.api.query.QuerySettings;
import com.clickhouse.jdbc.DataSourceImpl;
import in.eofficemonitor.warehouse.schema.AppliedMigration;
import in.eofficemonitor.warehouse.schema.ClusterDdl;
import in.eofficemonitor.warehouse.schema.MigrationCatalog;
import in.eofficemonitor.warehouse.schema.MigrationReport;
import in.eofficemonitor.warehouse.schema.MigrationRunner;
import in.eofficemonitor.warehouse.schema.SchemaTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warehouse as every other module sees it: opened from a URL (the embedded engine by default, or a real
 * ClickHouse server), schema migrated on open, a {@link DataSource} for writers, and named {@code .sql} queries
 * with server-side parameters mapped to records. Thread-safe; open one per process and share it.
 *
 * <p>Named queries go through the official client-v2 API ({@code Client.query(sql, params, settings)}), which
 * sends the parameters as {@code param_<name>} URL parameters; the JDBC driver's {@code PreparedStatement}
 * would instead splice {@code ?} values into the SQL text on the client. Writers use JDBC batches
 * ({@link #insertBatch}).
 */
public final class Warehouse implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Warehouse.class);
    private static final long QUERY_TIMEOUT_SECONDS = 600;

    private final WarehouseConfig config;
    private final ServerAddress address;
    private final AutoCloseable embedded;
    private final Client client;
    private final DataSource dataSource;
    private final QueryTimings timings = new QueryTimings();
    private final List<QueryListener> listeners = new CopyOnWriteArrayList<>(List.of(timings));
    private MigrationReport migrations = new MigrationReport(List.of(), 0, List.of());

    private Warehouse(WarehouseConfig config, ServerAddress address, AutoCloseable embedded) {
        this.config = config;
        this.address = address;
        this.embedded = embedded;
        this.client = new Client.Builder()
                .addEndpoint(address.httpEndpoint())
                .setUsername(config.user())
                .setPassword(config.password())
                .setDefaultDatabase(address.database())
                .compressServerResponse(address.compress())
                .compressClientRequest(false)
                .useServerTimeZone(false)
                .useTimeZone(SqlParams.IST.getId())
                .setClientName("eoffice-monitor")
                .build();
        Properties properties = new Properties();
        properties.setProperty("user", config.user());
        properties.setProperty("password", config.password());
        this.dataSource = new DataSourceImpl(address.jdbcUrl(), properties);
    }

    /** Opens the warehouse at a URL ({@code null} or {@code embedded}: the embedded engine in ./data/clickhouse). */
    public static Warehouse open(String url) {
        return open(WarehouseConfig.fromUrl(url));
    }

    public static Warehouse open(WarehouseConfig config) {
        AutoCloseable engine = null;
        ServerAddress address;
        if (config.isEmbedded()) {
            EmbeddedEngine.Started started = EmbeddedEngine.start(config);
            engine = started.handle();
            address = started.address();
        } else {
            address = ServerAddress.parse(config.url());
        }
        Warehouse warehouse = new Warehouse(config, address, engine);
        try {
            if (config.migrate()) {
                warehouse.ensureDatabase();
                warehouse.migrations = warehouse.migrate(MigrationCatalog.fromClassPath());
            }
            return warehouse;
        } catch (RuntimeException e) {
            warehouse.close();
            throw e;
        }
    }

    /**
     * Creates the URL's database when the server does not have it yet (a fresh server has only {@code default}).
     * Checked first, so a user without the CREATE DATABASE grant can still open an existing database.
     */
    private void ensureDatabase() {
        String database = address.database();
        if (!database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new WarehouseException("Not a database name: '" + database + "' (letters, digits and _ only)");
        }
        QuerySettings inSystem = new QuerySettings().setDatabase("system");
        try (QueryResponse response = await(client.query(
                "SELECT count() AS n FROM system.databases WHERE name = {name:String}",
                asObjects(SqlParams.of("name", database)), inSystem), "database check")) {
            ClickHouseBinaryFormatReader reader = client.newBinaryFormatReader(response);
            reader.next();
            if (reader.getLong("n") > 0) {
                return;
            }
        } catch (WarehouseException e) {
            throw e;
        } catch (Exception e) {
            throw new WarehouseException("Cannot reach the warehouse at " + address.httpEndpoint() + ": "
                    + e.getMessage(), e);
        }
        String create = "CREATE DATABASE IF NOT EXISTS `" + database + "`"
                + config.cluster().map(c -> " ON CLUSTER '" + new ClusterDdl(c).cluster() + "'").orElse("");
        try (QueryResponse ignored = await(client.query(create, Map.of(), inSystem), create)) {
            LOG.info("Created database {}", database);
        } catch (Exception e) {
            throw new WarehouseException("Database " + database + " does not exist and could not be created: "
                    + e.getMessage(), e);
        }
    }

    /** Applies the given migrations (normally done on open; tests use it to add one). */
    public MigrationReport migrate(List<in.eofficemonitor.warehouse.schema.Migration> catalog) {
        Optional<ClusterDdl> cluster = config.cluster().map(ClusterDdl::new);
        return new MigrationRunner(new Target(), cluster, Clock.systemUTC()).migrate(catalog);
    }

    /** What the migrations did when this warehouse was opened. */
    public MigrationReport migrations() {
        return migrations;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String jdbcUrl() {
        return address.jdbcUrl();
    }

    /** The HTTP interface's root, e.g. {@code http://127.0.0.1:40123/}. */
    public String httpEndpoint() {
        return address.httpEndpoint();
    }

    public WarehouseConfig config() {
        return config;
    }

    public QueryTimings timings() {
        return timings;
    }

    public void addQueryListener(QueryListener listener) {
        listeners.add(listener);
    }

    /** Runs the named query {@code sql/<name>.sql} and maps every row. */
    public <T> List<T> query(String name, SqlParams params, RowMapper<T> mapper) {
        return querySql(name, SqlResources.load(name), params, mapper);
    }

    /** The first row of the named query, if any. */
    public <T> Optional<T> queryOne(String name, SqlParams params, RowMapper<T> mapper) {
        List<T> rows = query(name, params, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /**
     * Runs SQL text that is not a resource (tools, tests); {@code label} names it in timings. Values still go as
     * server-side parameters.
     */
    public <T> List<T> querySql(String label, String sql, SqlParams params, RowMapper<T> mapper) {
        long start = System.nanoTime();
        List<T> rows = new ArrayList<>();
        Throwable failure = null;
        try (QueryResponse response = await(client.query(sql, asObjects(params), settings()), label)) {
            ClickHouseBinaryFormatReader reader = client.newBinaryFormatReader(response);
            Row row = new Row(reader);
            while (reader.hasNext()) {
                reader.next();
                rows.add(mapper.map(row));
            }
            return rows;
        } catch (WarehouseException e) {
            failure = e;
            throw e;
        } catch (Exception e) {
            failure = e;
            throw new WarehouseException("Query " + label + " failed: " + e.getMessage(), e);
        } finally {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            int count = failure == null ? rows.size() : 0;
            for (QueryListener listener : listeners) {
                listener.queryFinished(label, elapsed, count, failure);
            }
        }
    }

    /** Runs one statement that returns no rows (DDL, INSERT … SELECT, OPTIMIZE). */
    public void execute(String sql) {
        execute(sql, SqlParams.none());
    }

    public void execute(String sql, SqlParams params) {
        try (QueryResponse ignored = await(client.query(sql, asObjects(params), settings()), sql)) {
            // the response carries only the summary
        } catch (WarehouseException e) {
            throw e;
        } catch (Exception e) {
            throw new WarehouseException("Statement failed: " + e.getMessage() + "\n" + sql, e);
        }
    }

    /**
     * Inserts items through a JDBC {@code PreparedStatement}, {@code batchSize} rows per request. An empty
     * collection sends nothing (an empty batch makes the engine answer "No data to insert").
     *
     * @param insertSql e.g. {@code INSERT INTO dead_letters (source, reason, …) VALUES (?, ?, …)}
     * @return rows sent
     */
    public <T> long insertBatch(String insertSql, Collection<? extends T> items, int batchSize, RowBinder<T> binder) {
        if (items.isEmpty()) {
            return 0;
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        long sent = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(insertSql)) {
            int pending = 0;
            for (T item : items) {
                binder.bind(statement, item);
                statement.addBatch();
                if (++pending == batchSize) {
                    statement.executeBatch();
                    sent += pending;
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
                sent += pending;
            }
            return sent;
        } catch (SQLException e) {
            throw new WarehouseException("Batch insert failed after " + sent + " rows: " + e.getMessage()
                    + "\n" + insertSql, e);
        }
    }

    public <T> long insertBatch(String insertSql, Collection<? extends T> items, RowBinder<T> binder) {
        return insertBatch(insertSql, items, 20_000, binder);
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            LOG.warn("Closing the ClickHouse client failed", e);
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception e) {
                LOG.warn("Stopping the embedded warehouse failed", e);
            }
        }
    }

    private QuerySettings settings() {
        return new QuerySettings().setDatabase(address.database());
    }

    private static Map<String, Object> asObjects(SqlParams params) {
        return new HashMap<>(params.asText());
    }

    private static <R> R await(java.util.concurrent.CompletableFuture<R> future, String what) throws Exception {
        try {
            return future.get(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof Exception ex ? ex : e;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new WarehouseException("Timed out after " + QUERY_TIMEOUT_SECONDS + " s: " + what, e);
        }
    }

    /** The migrations runner's view of this warehouse. */
    private final class Target implements SchemaTarget {
        @Override
        public void execute(String statement) {
            Warehouse.this.execute(statement);
        }

        @Override
        public List<AppliedMigration> appliedMigrations() {
            return querySql("schema/applied", """
                    SELECT version, description, checksum, applied_at, execution_ms
                    FROM schema_migrations FINAL ORDER BY version""", SqlParams.none(),
                    r -> new AppliedMigration(r.intValue("version"), r.string("description"), r.string("checksum"),
                            r.instant("applied_at"), r.longValue("execution_ms")));
        }

        @Override
        public void recordApplied(AppliedMigration m) {
            Warehouse.this.execute("""
                    INSERT INTO schema_migrations (version, description, checksum, applied_at, execution_ms)
                    SELECT {version:UInt32}, {description:String}, {checksum:String},
                           {applied_at:DateTime64(3, 'Asia/Kolkata')}, {execution_ms:UInt64}""",
                    SqlParams.of("version", m.version()).and("description", m.description())
                            .and("checksum", m.checksum()).and("applied_at", m.appliedAt())
                            .and("execution_ms", m.executionMillis()));
        }
    }
}
