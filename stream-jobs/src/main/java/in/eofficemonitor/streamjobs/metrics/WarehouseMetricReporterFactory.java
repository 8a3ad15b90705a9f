package in.eofficemonitor.streamjobs.metrics;

import java.util.Properties;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/** Flink's entry point to {@link WarehouseMetricReporter} ({@code metrics.reporter.<name>.factory.class}). */
public final class WarehouseMetricReporterFactory implements MetricReporterFactory {

    @Override
    public MetricReporter createMetricReporter(Properties properties) {
        return new WarehouseMetricReporter();
    }
}
