package in.eofficemonitor.streamjobs.metrics;

import java.time.Duration;
import org.apache.flink.configuration.Configuration;

/**
 * Where and how often the jobs' figures go: the settings that register {@link WarehouseMetricReporter} in a Flink
 * configuration (the MiniCluster's here; a cluster's config.yaml takes the same keys, docs/operations-flink.md).
 */
public record WarehouseMetrics(String jdbcUrl, String user, String password, Duration interval) {

    /** The reporter's name in the configuration keys. */
    public static final String NAME = "warehouse";
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    public WarehouseMetrics {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the reporting interval must be positive: " + interval);
        }
    }

    public static WarehouseMetrics to(String jdbcUrl, String user, String password) {
        return new WarehouseMetrics(jdbcUrl, user, password, DEFAULT_INTERVAL);
    }

    public WarehouseMetrics every(Duration every) {
        return new WarehouseMetrics(jdbcUrl, user, password, every);
    }

    /** Registers the reporter, and Flink's job status gauges ({@code runningState} …) for it to read. */
    public void applyTo(Configuration conf) {
        String prefix = "metrics.reporter." + NAME + ".";
        conf.setString(prefix + "factory.class", WarehouseMetricReporterFactory.class.getName());
        conf.setString(prefix + "interval", interval.toMillis() + " ms");
        conf.setString(prefix + WarehouseMetricReporter.URL, jdbcUrl);
        conf.setString(prefix + WarehouseMetricReporter.USER, user);
        conf.setString(prefix + WarehouseMetricReporter.PASSWORD, password);
        conf.setString("metrics.job.status.enable", "STATE;CURRENT_TIME");
    }
}
