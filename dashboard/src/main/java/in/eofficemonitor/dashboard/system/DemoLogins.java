package in.eofficemonitor.dashboard.system;

import in.eofficemonitor.dashboard.security.Users;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints the demo logins once the app is up — only when the built-in demo users are in use (no users file
 * configured) and the warehouse is the embedded one, i.e. on a developer's or evaluator's machine.
 */
@Component
class DemoLogins {

    /** The demo passwords: public on purpose, they open only the demo users of the embedded default. */
    private static final String TABLE = """

            e-Office Monitor is running: http://localhost:%d  (Ctrl-C stops everything)
            Demo logins (user / password):
              cs           / cs-demo   Chief Secretary: the whole state
              dm-kannauj   / dm-demo   Collector of Kannauj (Hindi)
              dm-lucknow   / dm-demo   Collector of Lucknow
              os-knj-coll  / os-demo   Office superintendent, Collectorate Kannauj (Hindi)
              police-hq    / sp-demo   Police headquarters (DGP HQ)
            Warehouse (ClickHouse HTTP interface): %s
            """;

    private final Users users;
    private final DashboardProperties properties;
    private final in.eofficemonitor.warehouse.Warehouse warehouse;
    private final org.springframework.core.env.Environment env;

    DemoLogins(Users users, DashboardProperties properties, in.eofficemonitor.warehouse.Warehouse warehouse,
            org.springframework.core.env.Environment env) {
        this.users = users;
        this.properties = properties;
        this.warehouse = warehouse;
        this.env = env;
    }

    @EventListener(ApplicationReadyEvent.class)
    void print() {
        if (users.demo() && properties.embedded()) {
            System.out.printf(TABLE, env.getProperty("local.server.port", Integer.class, 8080), warehouse.jdbcUrl());
        }
    }
}
