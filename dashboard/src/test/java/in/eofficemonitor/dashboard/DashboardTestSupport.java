package in.eofficemonitor.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One temporary data directory per test JVM, no stream jobs and no scheduler: the tests load fixtures. */
public final class DashboardTestSupport {

    private static String dataDir;

    private DashboardTestSupport() {}

    public static synchronized void properties(DynamicPropertyRegistry registry) {
        if (dataDir == null) {
            try {
                dataDir = Files.createTempDirectory("eoffice-dashboard-it").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        registry.add("eoffice.data-dir", () -> dataDir);
        registry.add("eoffice.embedded-port", () -> "0");
        registry.add("eoffice.pipeline", () -> "false");
        registry.add("eoffice.alerts", () -> "false");
    }
}
