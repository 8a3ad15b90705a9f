package in.eofficemonitor.dashboard.security;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Where the dashboard's users come from, decided once from the configuration (the one place for this rule):
 * <ul>
 * <li>{@link #FILE}: {@value #USERS_FILE} is set — that file, and only it; the demo users are never loaded.
 * <li>{@link #IDENTITY_PROVIDER}: no users file, but an OpenID Connect provider is configured (any
 * {@code spring.security.oauth2.client.provider.<name>.issuer-uri}); it says who someone is, and without a users file
 * nobody is authorised yet (the start-up log says so).
 * <li>{@link #DEMO}: neither, and the demo is running: the embedded warehouse ({@code eoffice.warehouse.url=embedded})
 * fed by the simulator ({@code eoffice.pipeline.enabled=true}), both the defaults of {@code ./eoffice-monitor run}.
 * Only there are the bundled demo users loaded, and the app listens on 127.0.0.1 unless {@code server.address} says
 * otherwise ({@code platform.DemoLoopback}).
 * </ul>
 * Anything else — a real warehouse, or the embedded one with real data and no simulator — refuses to start
 * ({@link NoUsersConfigured}), so no forgotten setting turns the printed demo passwords into logins.
 */
public enum UserSource {
    FILE, IDENTITY_PROVIDER, DEMO;

    public static final String USERS_FILE = "eoffice.users-file";
    static final String OIDC_PROVIDERS = "spring.security.oauth2.client.provider";

    public static UserSource of(Environment env) {
        if (!env.getProperty(USERS_FILE, "").isBlank()) {
            return FILE;
        }
        Map<String, String> providers = Binder.get(env)
                .bind(OIDC_PROVIDERS, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        if (providers.entrySet().stream().anyMatch(p -> p.getKey().endsWith("issuer-uri") && !p.getValue().isBlank())) {
            return IDENTITY_PROVIDER;
        }
        boolean embedded = env.getProperty("eoffice.warehouse.url", "embedded").equals("embedded");
        boolean simulator = env.getProperty("eoffice.pipeline.enabled", Boolean.class, true);
        if (embedded && simulator) {
            return DEMO;
        }
        throw new NoUsersConfigured(embedded
                ? "the embedded warehouse without the simulator (eoffice.pipeline.enabled=false) holds real data"
                : "the warehouse is " + env.getProperty("eoffice.warehouse.url"));
    }
}
