package in.eofficemonitor.dashboard.audit;

import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.security.UserDirectory;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.audit.AuditLog;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit trail's parts. The trail depends on the warehouse, so Spring closes it first at shutdown: what is still
 * queued is written while the warehouse is open.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditLog auditLog(Warehouse warehouse) {
        return new AuditLog(warehouse);
    }

    @Bean(destroyMethod = "close")
    AuditTrail auditTrail(AuditLog log, MeterRegistry meters,
            @Value("${eoffice.audit.flush-every:1s}") Duration flushEvery,
            @Value("${eoffice.audit.queue-capacity:100000}") int capacity) {
        return new AuditTrail(log::append, capacity, flushEvery, meters);
    }

    @Bean
    AuditEvents auditEvents(AuditTrail trail, UserDirectory users, Clock clock) {
        return new AuditEvents(trail, users, clock);
    }

    @Bean
    AuditService auditService(AuditLog log, CurrentUser currentUser, AccessGuard guard) {
        return new AuditService(log, currentUser, guard);
    }
}
