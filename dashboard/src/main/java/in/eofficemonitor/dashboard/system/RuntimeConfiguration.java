package in.eofficemonitor.dashboard.system;

import in.eofficemonitor.alerts.Alerts;
import in.eofficemonitor.alerts.AlertsConfig;
import in.eofficemonitor.alerts.chart.ChartRenderer;
import in.eofficemonitor.dashboard.security.Users;
import in.eofficemonitor.streamjobs.job.PipelineRunner;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * The parts of the product the dashboard runs beside itself: the warehouse (always: every view reads it),
 * the stream jobs and the alerts (when switched on). Spring closes them in reverse order on shutdown.
 */
@Configuration(proxyBeanMethods = false)
public class RuntimeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RuntimeConfiguration.class);

    @Bean(destroyMethod = "close")
    Warehouse warehouse(DashboardProperties properties) {
        WarehouseConfig config = properties.embedded()
                ? WarehouseConfig.fromUrl(properties.warehouseUrl().equals("embedded")
                        ? "embedded:" + properties.dataDir().resolve("clickhouse")
                        : properties.warehouseUrl()).withEmbeddedPort(properties.embeddedPort())
                : WarehouseConfig.fromUrl(properties.warehouseUrl());
        Warehouse warehouse = Warehouse.open(config);
        log.info("Warehouse: {}", properties.embedded()
                ? "embedded ClickHouse engine, data in " + properties.dataDir().resolve("clickhouse")
                        + ", HTTP interface " + warehouse.jdbcUrl()
                : properties.warehouseUrl());
        return warehouse;
    }

    @Bean(destroyMethod = "close")
    StreamJobs streamJobs(DashboardProperties properties, Warehouse warehouse) throws Exception {
        if (!properties.pipeline()) {
            log.info("Stream jobs: not started here (eoffice.pipeline=false); they run elsewhere, e.g. on a Flink cluster");
            return new StreamJobs(Optional.empty());
        }
        PipelineRunner.Options defaults = PipelineRunner.Options.defaults(properties.dataDir().resolve("flink"));
        PipelineRunner.Options options = new PipelineRunner.Options(defaults.stateDir(), defaults.seed(),
                defaults.speedUp(), defaults.volume(), defaults.historyDays(), properties.calendarDays(),
                defaults.workflow(), defaults.checkpointInterval());
        return new StreamJobs(Optional.of(PipelineRunner.startEmbedded(warehouse, options)));
    }

    /** The stream job running in this process, if any; stopped (keeping its checkpoint) on shutdown. */
    public record StreamJobs(Optional<PipelineRunner.Handle> handle) implements AutoCloseable {
        @Override
        public void close() {
            handle.ifPresent(PipelineRunner.Handle::stop);
        }
    }

    @Bean
    ChartRenderer chartRenderer(Alerts alerts) {
        return alerts.charts();
    }

    @Bean(destroyMethod = "close")
    Alerts alerts(DashboardProperties properties, Warehouse warehouse, Users users, ConfigurableEnvironment env) {
        Alerts alerts = Alerts.create(AlertsConfig.from(alertsSettings(env)), warehouse,
                Optional.of(users::recipients), Clock.systemDefaultZone());
        return properties.alerts() ? alerts.start() : alerts;
    }

    /** Every {@code alerts.*} property Spring knows, for the alerts module's own configuration reader. */
    private static Map<String, String> alertsSettings(ConfigurableEnvironment env) {
        Map<String, String> settings = new HashMap<>();
        for (var source : env.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith(AlertsConfig.PREFIX) && !settings.containsKey(name)) {
                        settings.put(name, env.getProperty(name));
                    }
                }
            }
        }
        return settings;
    }
}
