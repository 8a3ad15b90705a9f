package in.eofficemonitor.dashboard.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records an attempt to see something outside one's scope (a URL, a filter, a file search for another district):
 * the view shows nothing, this logs it at WARN and counts it ({@code eoffice.access.denied}).
 */
public final class AccessGuard {

    private static final Logger LOG = LoggerFactory.getLogger(AccessGuard.class);

    private final Counter denied;

    public AccessGuard(MeterRegistry registry) {
        this.denied = Counter.builder("eoffice.access.denied")
                .description("Requests for data outside the user's scope (answered with nothing)")
                .register(registry);
    }

    public void denied(String user, UserScope scope, String what) {
        denied.increment();
        LOG.warn("Denied: user '{}' ({} {}) asked for {}", user, scope.role(), scope.value(), what);
    }

    public double deniedCount() {
        return denied.count();
    }
}
