package in.eofficemonitor.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The dashboard, and in the embedded profile the whole product in one process: the embedded warehouse, the
 * stream jobs on the simulator's live stream and the alerts scheduler start as Spring lifecycle beans
 * ({@code platform} package) and stop in reverse order on Ctrl-C.
 */
@SpringBootApplication
public class DashboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(DashboardApplication.class, translate(args));
    }

    /** The launcher's {@code --warehouse URL} (every command takes it) becomes the Spring property. */
    static String[] translate(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--warehouse") && i + 1 < args.length) {
                out.add("--eoffice.warehouse.url=" + args[++i]);
            } else if (args[i].startsWith("--warehouse=")) {
                out.add("--eoffice.warehouse.url=" + args[i].substring("--warehouse=".length()));
            } else {
                out.add(args[i]);
            }
        }
        return out.toArray(String[]::new);
    }
}
