package in.eofficemonitor.dashboard.system;

import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.deadletters.DeadLetterQueries;
import in.eofficemonitor.warehouse.kpis.KpiQueries;
import in.eofficemonitor.warehouse.pendency.PendencyQueries;
import in.eofficemonitor.warehouse.registry.RegistryQueries;
import in.eofficemonitor.warehouse.rollout.RolloutQueries;
import in.eofficemonitor.warehouse.stuck.StuckQueries;
import in.eofficemonitor.warehouse.trail.TrailQueries;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The warehouse's query classes — the same ones the report command and the mails use, so a view and a
 * report never disagree — and a Micrometer timer per named query.
 */
@Configuration(proxyBeanMethods = false)
public class QueryConfiguration {

    QueryConfiguration(Warehouse warehouse, MeterRegistry meters) {
        warehouse.addQueryListener((name, elapsed, rows, failure) -> Timer.builder("eoffice.query")
                .tag("query", name).tag("outcome", failure == null ? "ok" : "error")
                .register(meters).record(elapsed.toNanos(), TimeUnit.NANOSECONDS));
    }

    @Bean
    PendencyQueries pendencyQueries(Warehouse w) {
        return new PendencyQueries(w);
    }

    @Bean
    StuckQueries stuckQueries(Warehouse w) {
        return new StuckQueries(w);
    }

    @Bean
    RolloutQueries rolloutQueries(Warehouse w) {
        return new RolloutQueries(w);
    }

    @Bean
    KpiQueries kpiQueries(Warehouse w) {
        return new KpiQueries(w);
    }

    @Bean
    DeadLetterQueries deadLetterQueries(Warehouse w) {
        return new DeadLetterQueries(w);
    }

    @Bean
    TrailQueries trailQueries(Warehouse w) {
        return new TrailQueries(w);
    }

    @Bean
    RegistryQueries registryQueries(Warehouse w) {
        return new RegistryQueries(w);
    }
}
