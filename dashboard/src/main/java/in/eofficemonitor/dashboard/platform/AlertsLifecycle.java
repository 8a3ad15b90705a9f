package in.eofficemonitor.dashboard.platform;

import in.eofficemonitor.alerts.Alerts;
import in.eofficemonitor.alerts.AlertsConfig;
import in.eofficemonitor.dashboard.security.UserDirectory;
import in.eofficemonitor.warehouse.Warehouse;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.stereotype.Component;

/**
 * The alerts scheduler ({@link Alerts}) inside the app. Its settings are the {@code alerts.*} properties
 * (docs/alerts.md); without {@code alerts.recipients-file} its recipients are the dashboard's users, from the
 * same file, so a Collector's mail and dashboard have one scope.
 */
@Component
public class AlertsLifecycle implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsLifecycle.class);

    private final Warehouse warehouse;
    private final UserDirectory users;
    private final ConfigurableEnvironment environment;
    private final boolean enabled;
    private Alerts alerts;

    public AlertsLifecycle(Warehouse warehouse, UserDirectory users, ConfigurableEnvironment environment,
            @Value("${eoffice.alerts.enabled:true}") boolean enabled) {
        this.warehouse = warehouse;
        this.users = users;
        this.environment = environment;
        this.enabled = enabled;
    }

    @Override
    public synchronized void start() {
        if (!enabled || alerts != null) {
            return;
        }
        Map<String, String> settings = new HashMap<>();
        for (var source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> e) {
                for (String name : e.getPropertyNames()) {
                    if (name.startsWith(AlertsConfig.PREFIX)) {
                        settings.putIfAbsent(name, environment.getProperty(name));
                    }
                }
            }
        }
        settings.putIfAbsent("alerts.dashboard-url", "http://localhost:" + environment.getProperty("server.port", "8080"));
        AlertsConfig config = AlertsConfig.from(settings);
        alerts = Alerts.create(config, warehouse,
                config.recipientsFile().isPresent() ? Optional.empty() : Optional.of(users::recipients),
                Clock.systemDefaultZone()).start();
        LOG.info("Alerts scheduler started ({} schedules{})", alerts.schedules().size(),
                alerts.embeddedSmtpPort().map(p -> ", in-process SMTP on port " + p).orElse(""));
    }

    @Override
    public synchronized void stop() {
        if (alerts != null) {
            alerts.close();
            alerts = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return alerts != null;
    }

    @Override
    public int getPhase() {
        return 0;
    }

    public synchronized Optional<Alerts> alerts() {
        return Optional.ofNullable(alerts);
    }
}
