package in.eofficemonitor.dashboard.base;

import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.RegistryQueries;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers "may the logged-in user see this office?" for lookups by id (a file's trail, a desk list for an
 * office typed into the URL). A refusal shows nothing, is logged and counted: another district's data must
 * not leak through a URL, a filter or a search.
 */
@Component
public class ScopeGuard {

    private static final Logger log = LoggerFactory.getLogger(ScopeGuard.class);

    private final CurrentUser user;
    private final RegistryQueries registry;
    private final MeterRegistry meters;

    public ScopeGuard(CurrentUser user, RegistryQueries registry, MeterRegistry meters) {
        this.user = user;
        this.registry = registry;
        this.meters = meters;
    }

    public boolean maySee(String officeId, String what) {
        Scope scope = user.scope();
        boolean allowed = switch (scope.kind()) {
            case STATE -> true;
            case OFFICE -> scope.id().equals(officeId);
            case DISTRICT -> registry.office(officeId).map(Office::district).filter(scope.id()::equals).isPresent();
        };
        if (!allowed) {
            log.warn("Denied: user {} ({}) asked for {} of office {}", user.recipient().id(), scope, what, officeId);
            meters.counter("eoffice.access.denied", "what", what).increment();
        }
        return allowed;
    }
}
