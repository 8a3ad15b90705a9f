package in.eofficemonitor.dashboard;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The dashboard. In the embedded default ({@code eoffice.warehouse.url=embedded}) it also runs the
 * warehouse engine, the stream jobs on the simulator's live stream and the alerts scheduler, so that
 * {@code ./eoffice-monitor run} is the whole product on one machine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class DashboardApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(DashboardApplication.class, springArguments(args));
    }

    /** The launcher's options, as every command takes them ({@code --warehouse URL}), in Spring's terms. */
    static String[] springArguments(String[] args) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warehouse" -> out.add("--eoffice.warehouse-url=" + args[++i]);
                case "--calendar-days" -> out.add("--eoffice.calendar-days=true");
                case "--port" -> out.add("--server.port=" + args[++i]);
                case "--users" -> out.add("--eoffice.users-file=" + args[++i]);
                default -> out.add(args[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("e-Office Monitor");
        // The Devanagari face for Hindi text and for the SVG charts (served by FontController).
        settings.addLink("stylesheet", "fonts/devanagari.css");
    }
}
