package in.eofficemonitor.dashboard.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code eoffice.*} (application.properties, environment, or command line).
 *
 * @param warehouseUrl {@code embedded} (default) or a ClickHouse server URL, as {@code --warehouse} elsewhere
 * @param dataDir where the embedded engine and the stream jobs keep their data
 * @param embeddedPort the embedded engine's ClickHouse HTTP port (8123 as a server's; 0 = any free one)
 * @param pipeline whether to run the stream jobs on the simulator's live stream (embedded default)
 * @param alerts whether to run the alerts scheduler
 * @param usersFile the users and mail recipients file (CSV; see docs/dashboard.md); empty = the demo users
 * @param calendarDays count stuck thresholds in calendar days instead of working days
 */
@ConfigurationProperties(prefix = "eoffice")
public record DashboardProperties(String warehouseUrl, Path dataDir, int embeddedPort, boolean pipeline,
        boolean alerts, String usersFile, boolean calendarDays) {

    public DashboardProperties {
        warehouseUrl = warehouseUrl == null || warehouseUrl.isBlank() ? "embedded" : warehouseUrl;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        usersFile = usersFile == null ? "" : usersFile;
    }

    public boolean embedded() {
        return warehouseUrl.equals("embedded") || warehouseUrl.startsWith("embedded:");
    }
}
