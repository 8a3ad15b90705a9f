package in.eofficemonitor.alerts.source;

import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One embedded warehouse (the real chDB engine behind the HTTP interface, migrated) per test JVM: the engine
 * serves one data directory per process, so the alerts' integration tests share it on a temporary directory.
 */
public final class TestWarehouse {

    private static Warehouse warehouse;
    private static Path dataDir;

    private TestWarehouse() {}

    public static synchronized Warehouse get() {
        if (warehouse == null) {
            try {
                dataDir = Files.createTempDirectory("eoffice-alerts-it");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            warehouse = Warehouse.open(WarehouseConfig.embedded(dataDir));
            Runtime.getRuntime().addShutdownHook(new Thread(TestWarehouse::stop));
        }
        return warehouse;
    }

    private static synchronized void stop() {
        if (warehouse != null) {
            warehouse.close();
            warehouse = null;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }
}
