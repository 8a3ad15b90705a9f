package in.eofficemonitor.streamjobs.sink;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertResponse;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.data.ClickHouseFormat;
import com.clickhouse.jdbc.ConnectionImpl;
import in.eofficemonitor.streamjobs.records.WarehouseRow;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inserts rows into their tables as RowBinary through the official driver's client: the client-v2 API behind a
 * JDBC connection of {@link SinkSettings#jdbcUrl()}, so the URL's host, database, credentials and options apply
 * exactly as for JDBC statements, against a ClickHouse server and the embedded warehouse alike (both over HTTP).
 * A failed insert is retried with exponential backoff on a fresh connection. Not thread-safe: one per thread.
 */
public final class RowBinaryInserts implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RowBinaryInserts.class);
    private static final long INSERT_TIMEOUT_SECONDS = 600;

    private final SinkSettings settings;
    private final Runnable onRetry;
    private Connection connection;

    /** @param onRetry called before every retry (the sink counts them in its {@code insertRetries} metric) */
    public RowBinaryInserts(SinkSettings settings, Runnable onRetry) {
        this.settings = settings;
        this.onRetry = onRetry;
    }

    /** Inserts {@code rows}, one INSERT per table; rows of one key replace each other as in the sink's batches. */
    public void insert(Iterable<? extends WarehouseRow> rows) throws IOException {
        RowBatch batch = new RowBatch();
        for (WarehouseRow row : rows) {
            batch.add(row);
        }
        insert(batch);
    }

    void insert(RowBatch batch) throws IOException {
        for (TableBatch<?> table : batch.tables) {
            if (table.size() > 0) {
                long started = System.nanoTime();
                RowBinaryBuffer body = table.encode();
                long encoded = System.nanoTime();
                insertWithRetries(table.table, body, table.size());
                SinkStatistics.inserted(table.size(), encoded - started, System.nanoTime() - encoded);
            }
        }
    }

    private void insertWithRetries(SinkTable<?> table, RowBinaryBuffer body, int rows) throws IOException {
        long backoff = settings.firstBackoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                insertOnce(table, body);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted during an insert into " + table.name, e);
            } catch (Exception e) {
                closeQuietly();
                if (attempt >= settings.maxAttempts()) {
                    throw new IOException("insert into " + table.name + " failed " + attempt
                            + " times; failing over to the last checkpoint", e);
                }
                onRetry.run();
                log.warn("insert of {} rows into {} failed (attempt {} of {}), retrying in {} ms: {}",
                        rows, table.name, attempt, settings.maxAttempts(), backoff, e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, settings.maxBackoff().toMillis());
            }
        }
    }

    private void insertOnce(SinkTable<?> table, RowBinaryBuffer body) throws Exception {
        if (connection == null) {
            Properties p = new Properties();
            p.setProperty("user", settings.user());
            p.setProperty("password", settings.password());
            connection = DriverManager.getConnection(settings.jdbcUrl(), p);
        }
        Client client = connection.unwrap(ConnectionImpl.class).getClient();
        try (InsertResponse ignored = client.insert(table.name, table.columns, body.body(), ClickHouseFormat.RowBinary,
                new InsertSettings()).get(INSERT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            // the answer carries only the summary; the rows are in
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to retry an insert", e);
        }
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The connection is being replaced because it failed; nothing more to do with it.
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
