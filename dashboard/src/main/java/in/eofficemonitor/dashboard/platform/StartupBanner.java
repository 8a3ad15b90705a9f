package in.eofficemonitor.dashboard.platform;

import in.eofficemonitor.dashboard.security.UserDirectory;
import in.eofficemonitor.warehouse.Warehouse;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says where the app is and, in the embedded profile with the bundled demo users only, how to log in. With a
 * real users file or a real warehouse no password is ever printed.
 */
@Component
public class StartupBanner {

    private final UserDirectory users;
    private final Warehouse warehouse;

    public StartupBanner(UserDirectory users, Warehouse warehouse) {
        this.users = users;
        this.warehouse = warehouse;
    }

    @EventListener
    public void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        StringBuilder out = new StringBuilder("\n  e-Office Monitor is running: http://localhost:" + port + "/\n");
        out.append("  Warehouse (ClickHouse HTTP interface): ").append(warehouse.httpEndpoint()).append('\n');
        if (users.isDemo() && warehouse.config().isEmbedded()) {
            out.append("  Demo logins (embedded profile only):\n");
            for (UserDirectory.DemoLogin l : users.demoLogins()) {
                out.append(String.format("    %-15s %-20s %s%n", l.id(), l.password(), l.description()));
            }
        }
        out.append("  Ctrl-C stops the app, the stream job, the alerts and the warehouse.\n");
        System.out.println(out);
    }
}
