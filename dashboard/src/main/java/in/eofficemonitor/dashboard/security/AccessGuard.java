package in.eofficemonitor.dashboard.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records an attempt to see something one may not: data outside one's scope (a URL, a filter, a file search for
 * another district — the view shows nothing), a view of another role (a Collector typing /health), or the metrics
 * endpoint without the STATE role. Each is logged at WARN and counted in {@code eoffice.access.denied}, tagged
 * {@code kind} = {@code scope}, {@code view} or {@code endpoint}, and handed on as a {@link Denied} (the audit
 * trail's application event). What the user typed (a URL, a filter's value) is logged through {@link LogSafe}:
 * one line per denial, whatever was typed.
 */
public final class AccessGuard {

    /** One denial: who, of which kind ({@code scope}, {@code view}, {@code endpoint}) and what they asked for. */
    public record Denied(String user, String kind, String what) {}

    private static final Logger LOG = LoggerFactory.getLogger(AccessGuard.class);

    private final Counter scope;
    private final Counter view;
    private final Counter endpoint;
    private final Consumer<Denied> listener;

    public AccessGuard(MeterRegistry registry) {
        this(registry, denied -> { });
    }

    /** @param listener hears of every denial (the app publishes it as an application event) */
    public AccessGuard(MeterRegistry registry, Consumer<Denied> listener) {
        this.listener = listener;
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
        listener.accept(new Denied(user, "scope", what));
    }

    /** A view the user's role may not open; Vaadin's access control has already refused it. */
    public void deniedView(String user, String path) {
        view.increment();
        LOG.warn("Denied: user '{}' opened the view /{} of another role", LogSafe.text(user), LogSafe.text(path));
        listener.accept(new Denied(user, "view", "/" + path));
    }

    /** The metrics endpoint asked for without the STATE role. */
    public void deniedEndpoint(String user, String path) {
        endpoint.increment();
        LOG.warn("Denied: user '{}' asked for {} without the STATE role", LogSafe.text(user), LogSafe.text(path));
        listener.accept(new Denied(user, "endpoint", path));
    }

    /** Every denial of every kind so far. */
    public double deniedCount() {
        return scope.count() + view.count() + endpoint.count();
    }
}
