package in.eofficemonitor.streamjobs.metrics;

import com.clickhouse.jdbc.DataSourceImpl;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Inserts one report (every job's figures as this process sees them) into {@code job_metrics} in one batch. The
 * warehouse stamps the rows with its own clock (the column's default), so heartbeats from many hosts compare on
 * one clock. The connection is opened on first use and after a failure; the driver is instantiated directly, not
 * found through DriverManager, so the reporter also works from Flink's plugin class loader.
 */
final class JobMetricsWriter implements AutoCloseable {

    private static final String INSERT = sql("job_metrics");

    private final String jdbcUrl;
    private final Properties credentials = new Properties();
    private final String reporter;
    private Connection connection;

    JobMetricsWriter(String jdbcUrl, String user, String password, String reporter) {
        this.jdbcUrl = jdbcUrl;
        this.credentials.setProperty("user", user);
        this.credentials.setProperty("password", password);
        this.reporter = reporter;
    }

    /** Writes the report; an empty one sends nothing (the engine refuses an empty batch). */
    void write(Map<JobFigures.JobRef, Map<String, Double>> report) throws SQLException {
        if (report.isEmpty()) {
            return;
        }
        try {
            if (connection == null) {
                connection = new DataSourceImpl(jdbcUrl, credentials).getConnection();
            }
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                for (var job : report.entrySet()) {
                    for (var figure : job.getValue().entrySet()) {
                        ps.setString(1, job.getKey().jobName());
                        ps.setString(2, job.getKey().jobId());
                        ps.setString(3, reporter);
                        ps.setString(4, figure.getKey());
                        ps.setDouble(5, figure.getValue());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // replaced on the next report anyway
            }
            connection = null;
        }
    }

    private static String sql(String name) {
        try (InputStream in = JobMetricsWriter.class.getResourceAsStream("/sql/metrics/" + name + ".sql")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
