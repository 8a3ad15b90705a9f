package in.eofficemonitor.streamjobs.metrics;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Flink metric reporter that writes the stream jobs' key figures into the warehouse's {@code job_metrics} table
 * at every reporting interval, so that the dashboard's health view reads them through the warehouse like
 * everything else (DESIGN §2), from the in-process MiniCluster and from a real Flink cluster alike.
 *
 * <p>Configured like any Flink reporter (docs/operations-flink.md): {@code metrics.reporter.warehouse.factory.class}
 * = {@link WarehouseMetricReporterFactory}, {@code .interval}, and {@code .url} / {@code .user} / {@code .password}
 * of the ClickHouse server. Each Flink process runs one and writes its own share under its own reporter id.
 *
 * <p>A report that cannot be written is dropped, not retried: the next one follows within the interval, and a
 * reporter must never hold up Flink. The warning is logged once until a report gets through again.
 */
public final class WarehouseMetricReporter implements MetricReporter, Scheduled {

    private static final Logger LOG = LoggerFactory.getLogger(WarehouseMetricReporter.class);

    public static final String URL = "url";
    public static final String USER = "user";
    public static final String PASSWORD = "password";

    private final JobFigures figures = new JobFigures();
    private JobMetricsWriter writer;
    private boolean failing;

    @Override
    public void open(MetricConfig config) {
        String url = config.getString(URL, "");
        if (url.isBlank()) {
            throw new IllegalArgumentException("the warehouse metric reporter needs metrics.reporter.<name>.url "
                    + "(jdbc:clickhouse://HOST:8123/DB)");
        }
        String reporter = ManagementFactory.getRuntimeMXBean().getName() + ":" + UUID.randomUUID().toString().substring(0, 8);
        writer = new JobMetricsWriter(url, config.getString(USER, "default"), config.getString(PASSWORD, ""), reporter);
        LOG.info("Writing the jobs' figures to job_metrics at {} as reporter {}", url.replaceAll("\\?.*", ""), reporter);
    }

    @Override
    public void notifyOfAddedMetric(Metric metric, String metricName, MetricGroup group) {
        figures.added(metric, metricName, group);
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String metricName, MetricGroup group) {
        figures.removed(metricName, group);
    }

    @Override
    public void report() {
        try {
            writer.write(figures.snapshot());
            if (failing) {
                LOG.info("Job figures reach the warehouse again");
                failing = false;
            }
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                LOG.warn("Job figures could not be written to the warehouse (dropped; retried at the next report): {}",
                        e.toString());
                failing = true;
            }
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
    }
}
