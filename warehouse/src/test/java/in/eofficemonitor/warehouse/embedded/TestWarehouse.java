package in.eofficemonitor.warehouse.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One embedded warehouse per test JVM: the engine is a 559 MB library and chDB serves one data
 * directory per process, so integration tests share it (on a temporary directory, an ephemeral
 * port) instead of booting one per test. Tests use their own database names to stay apart.
 */
final class TestWarehouse {

    private static EmbeddedWarehouse running;
    private static Path dataDir;

    private TestWarehouse() {}

    static synchronized EmbeddedWarehouse get() {
        if (running == null) {
            try {
                if (dataDir == null) {
                    dataDir = Files.createTempDirectory("eoffice-warehouse-it");
                    Runtime.getRuntime().addShutdownHook(new Thread(TestWarehouse::stopAndDelete));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            running = EmbeddedWarehouse.start(config());
        }
        return running;
    }

    static EmbeddedWarehouse.Config config() {
        return EmbeddedWarehouse.Config.defaults().withDataDir(dataDir).withPort(0).withPoolSize(4);
    }

    /** Stops the shared warehouse and starts it again on the same directory (a restart). */
    static synchronized EmbeddedWarehouse restart() {
        get().close();
        running = null;
        return get();
    }

    /** Restarts the shared warehouse with {@code change} applied to its configuration (the engine boots again). */
    static synchronized EmbeddedWarehouse restartWith(java.util.function.UnaryOperator<EmbeddedWarehouse.Config> change) {
        get().close();
        running = EmbeddedWarehouse.start(change.apply(config()));
        return running;
    }

    private static synchronized void stopAndDelete() {
        if (running != null) {
            running.close();
            running = null;
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory; the OS cleans up what is left
            }
        }
    }
}
