package in.eofficemonitor.dashboard.platform;

import in.eofficemonitor.dashboard.alerts.AlertsService;
import in.eofficemonitor.dashboard.desks.DeskService;
import in.eofficemonitor.dashboard.district.DistrictService;
import in.eofficemonitor.dashboard.health.HealthService;
import in.eofficemonitor.dashboard.overview.OverviewService;
import in.eofficemonitor.dashboard.registry.OfficeDirectory;
import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.security.UserDirectory;
import in.eofficemonitor.dashboard.security.UserSource;
import in.eofficemonitor.dashboard.stuck.StuckService;
import in.eofficemonitor.dashboard.trail.TrailService;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The product's parts as Spring beans: the warehouse (embedded engine or a server, opened and migrated by
 * {@link Warehouse#open}), the office registry, the users, and one service per view. Spring closes them in
 * reverse order on shutdown (Ctrl-C), after the stream job and the alerts ({@link PipelineLifecycle},
 * {@link AlertsLifecycle}) have stopped.
 */
@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformConfiguration.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    Warehouse warehouse(@Value("${eoffice.warehouse.url:embedded}") String url,
            @Value("${eoffice.data-dir:./data}") Path dataDir,
            @Value("${eoffice.warehouse.port:8123}") int port, MeterRegistry meters) {
        WarehouseConfig config = url.equals(WarehouseConfig.EMBEDDED)
                ? WarehouseConfig.embedded(dataDir.resolve("clickhouse")).withEmbeddedPort(port)
                : WarehouseConfig.fromUrl(url).withEmbeddedPort(port);
        Warehouse warehouse = Warehouse.open(config);
        LOG.info("Warehouse open: {} (ClickHouse HTTP interface {})", config, warehouse.httpEndpoint());
        // Query latency per named query, as Micrometer timers (eoffice.query{name=...}).
        // Buckets at the dashboard's aim (p95 under 300 ms), so Prometheus can tell each query's share within it.
        warehouse.addQueryListener((name, elapsed, rows, failure) -> Timer.builder("eoffice.query")
                .description("Latency of each named warehouse query the dashboard runs")
                .tag("name", name).tag("outcome", failure == null ? "ok" : "error")
                .serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(300),
                        Duration.ofSeconds(1), Duration.ofSeconds(3))
                .register(meters).record(elapsed.toNanos(), TimeUnit.NANOSECONDS));
        return warehouse;
    }

    @Bean
    OfficeDirectory officeDirectory(Warehouse warehouse, Clock clock) {
        return new OfficeDirectory(warehouse, clock);
    }

    @Bean
    UserDirectory userDirectory(Environment env, ObjectProvider<ClientRegistrationRepository> singleSignOn) {
        return switch (UserSource.of(env)) {
            case FILE -> UserDirectory.load(Optional.of(Path.of(env.getProperty(UserSource.USERS_FILE, ""))),
                    singleSignOn.getIfAvailable() != null);
            case DEMO -> UserDirectory.load(Optional.empty());
            case IDENTITY_PROVIDER -> {
                LOG.warn("Single sign-on is configured but no {} is: nobody is authorised to see anything until one"
                        + " is set", UserSource.USERS_FILE);
                yield UserDirectory.empty();
            }
        };
    }

    @Bean
    CurrentUser currentUser(UserDirectory users) {
        return new CurrentUser(users);
    }

    @Bean
    AccessGuard accessGuard(MeterRegistry meters, ApplicationEventPublisher events) {
        return new AccessGuard(meters, events::publishEvent);
    }

    @Bean
    OverviewService overviewService(Warehouse warehouse, OfficeDirectory offices, Clock clock) {
        return new OverviewService(warehouse, offices, clock);
    }

    @Bean
    DeskService deskService(Warehouse warehouse, OfficeDirectory offices, CurrentUser user, AccessGuard guard, Clock clock) {
        return new DeskService(warehouse, offices, user, guard, clock);
    }

    @Bean
    StuckService stuckService(Warehouse warehouse, OfficeDirectory offices, CurrentUser user, AccessGuard guard, Clock clock) {
        return new StuckService(warehouse, offices, user, guard, clock);
    }

    @Bean
    TrailService trailService(Warehouse warehouse, OfficeDirectory offices, CurrentUser user, AccessGuard guard, Clock clock) {
        return new TrailService(warehouse, offices, user, guard, clock);
    }

    @Bean
    DistrictService districtService(Warehouse warehouse, CurrentUser user, AccessGuard guard, Clock clock) {
        return new DistrictService(warehouse, user, guard, clock);
    }

    @Bean
    HealthService healthService(Warehouse warehouse, AlertsService alerts, Clock clock,
            @Value("${eoffice.health.quiet-after:2d}") Duration quietAfter,
            @Value("${eoffice.health.stale-after:60s}") Duration staleAfter,
            @Value("${eoffice.calendar-days:false}") boolean calendarDays) {
        return new HealthService(warehouse, () -> alerts.failures(HealthService.FAILED_DELIVERIES_SHOWN),
                new HealthService.Settings(quietAfter, staleAfter, calendarDays), clock);
    }
}
