package in.eofficemonitor.warehouse;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach the warehouse. {@link #url} is {@value #EMBEDDED} (the default: the embedded engine with its data
 * in {@link #dataDir}), {@code embedded:DIR} (the same with the data in DIR), or a real server's URL
 * ({@code jdbc:clickhouse://host:8123/db}, {@code http(s)://host:port/db}).
 *
 * @param url where the warehouse is
 * @param user the ClickHouse user ({@code default} when empty)
 * @param password the ClickHouse password (empty for none)
 * @param dataDir the embedded engine's data directory
 * @param embeddedPort the embedded engine's HTTP port; 0 picks a free one
 * @param cluster for a real cluster: the cluster name the DDL runs {@code ON CLUSTER} with, tables
 *     {@code Replicated*MergeTree} (docs/warehouse.md)
 * @param migrate whether opening runs the schema migrations (true except for tools that must not touch DDL)
 */
public record WarehouseConfig(
        String url,
        String user,
        String password,
        Path dataDir,
        int embeddedPort,
        Optional<String> cluster,
        boolean migrate) {

    public static final String EMBEDDED = "embedded";
    public static final Path DEFAULT_DATA_DIR = Path.of("data", "clickhouse");

    /** Environment variables read by {@link #fromUrl(String)}; options given on a command line win. */
    public static final String ENV_URL = "EOFFICE_WAREHOUSE_URL";
    public static final String ENV_USER = "EOFFICE_WAREHOUSE_USER";
    public static final String ENV_PASSWORD = "EOFFICE_WAREHOUSE_PASSWORD";
    public static final String ENV_CLUSTER = "EOFFICE_WAREHOUSE_CLUSTER";

    public WarehouseConfig {
        url = url == null || url.isBlank() ? EMBEDDED : url.strip();
        user = user == null || user.isBlank() ? "default" : user;
        password = password == null ? "" : password;
        dataDir = dataDir == null ? DEFAULT_DATA_DIR : dataDir;
        cluster = cluster == null ? Optional.empty() : cluster.filter(c -> !c.isBlank());
        if (url.startsWith(EMBEDDED + ":")) {
            dataDir = Path.of(url.substring(EMBEDDED.length() + 1));
            url = EMBEDDED;
        }
        if (!url.equals(EMBEDDED)) {
            ServerAddress.parse(url); // fail early with a clear message
        }
    }

    /** The embedded engine with its data in {@code dataDir}, on a free port. */
    public static WarehouseConfig embedded(Path dataDir) {
        return new WarehouseConfig(EMBEDDED, null, null, dataDir, 0, Optional.empty(), true);
    }

    /** A URL as given on a command line ({@code null}: {@code EOFFICE_WAREHOUSE_URL}, else embedded). */
    public static WarehouseConfig fromUrl(String url) {
        return fromUrl(url, System.getenv());
    }

    static WarehouseConfig fromUrl(String url, Map<String, String> env) {
        String chosen = url != null && !url.isBlank() ? url : env.get(ENV_URL);
        return new WarehouseConfig(chosen, env.get(ENV_USER), env.get(ENV_PASSWORD), null, 0,
                Optional.ofNullable(env.get(ENV_CLUSTER)), true);
    }

    public boolean isEmbedded() {
        return EMBEDDED.equals(url);
    }

    public WarehouseConfig withCredentials(String newUser, String newPassword) {
        return new WarehouseConfig(url, newUser, newPassword, dataDir, embeddedPort, cluster, migrate);
    }

    public WarehouseConfig withCluster(String newCluster) {
        return new WarehouseConfig(url, user, password, dataDir, embeddedPort, Optional.ofNullable(newCluster), migrate);
    }

    public WarehouseConfig withEmbeddedPort(int port) {
        return new WarehouseConfig(url, user, password, dataDir, port, cluster, migrate);
    }

    public WarehouseConfig withMigrate(boolean run) {
        return new WarehouseConfig(url, user, password, dataDir, embeddedPort, cluster, run);
    }

    @Override
    public String toString() { // never print the password
        return "WarehouseConfig[url=" + url + ", user=" + user + ", dataDir=" + dataDir + ", embeddedPort="
                + embeddedPort + ", cluster=" + cluster.orElse("-") + ", migrate=" + migrate + "]";
    }
}
