package in.eofficemonitor.dashboard.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records an attempt to see something one may not: data outside one's scope (a URL, a filter, a file search for
 * another district — the view shows nothing), a view of another role (a Collector typing /health), or the metrics
 * endpoint without the STATE role. Each is logged at WARN and counted in {@code eoffice.access.denied}, tagged
 * {@code kind} = {@code scope}, {@code view} or {@code endpoint}. What the user typed (a URL, a filter's value) is
 * logged through {@link LogSafe}: one line per denial, whatever was typed.
 */
public final class AccessGuard {

    private static final Logger LOG = LoggerFactory.getLogger(AccessGuard.class);

    private final Counter scope;
    private final Counter view;
    private final Counter endpoint;

    public AccessGuard(MeterRegistry registry) {
        this.scope = counter(registry, "scope");
        this.view = counter(registry, "view");
        this.endpoint = counter(registry, "endpoint");
    }

    private static Counter counter(MeterRegistry registry, String kind) {
        return Counter.builder("eoffice.access.denied")
                .description("Requests for data, views or endpoints the user may not see (answered with nothing)")
                .tag("kind", kind)
                .register(registry);
    }

    public void denied(String user, UserScope scope, String what) {
        this.scope.increment();
        LOG.warn("Denied: user '{}' ({} {}) asked for {}", LogSafe.text(user), scope.role(), scope.value(),
                LogSafe.text(what));
    }

    /** A view the user's role may not open; Vaadin's access control has already refused it. */
    public void deniedView(String user, String path) {
        view.increment();
        LOG.warn("Denied: user '{}' opened the view /{} of another role", LogSafe.text(user), LogSafe.text(path));
    }

    /** The metrics endpoint asked for without the STATE role. */
    public void deniedEndpoint(String user, String path) {
        endpoint.increment();
        LOG.warn("Denied: user '{}' asked for {} without the STATE role", LogSafe.text(user), LogSafe.text(path));
    }

    /** Every denial of every kind so far. */
    public double deniedCount() {
        return scope.count() + view.count() + endpoint.count();
    }
}
