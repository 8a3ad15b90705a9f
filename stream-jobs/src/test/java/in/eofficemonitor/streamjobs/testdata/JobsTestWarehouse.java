package in.eofficemonitor.streamjobs.testdata;

import in.eofficemonitor.warehouse.embedded.EmbeddedWarehouse;
import in.eofficemonitor.warehouse.schema.Migration;
import in.eofficemonitor.warehouse.schema.MigrationCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real embedded engine, one per test JVM (a large library; one data directory per process), on a temporary
 * directory and an ephemeral port. Each test takes its own database, migrated by the warehouse's own runner.
 */
public final class JobsTestWarehouse {

    private static EmbeddedWarehouse engine;
    private static Path dataDir;

    private JobsTestWarehouse() {}

    public static synchronized EmbeddedWarehouse engine() {
        if (engine == null) {
            try {
                dataDir = Files.createTempDirectory("eoffice-jobs-it");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            engine = EmbeddedWarehouse.start(EmbeddedWarehouse.Config.defaults().withDataDir(dataDir).withPort(0)
                    .withPoolSize(4));
            Runtime.getRuntime().addShutdownHook(new Thread(JobsTestWarehouse::stop));
        }
        return engine;
    }

    /**
     * The JDBC URL of a fresh database {@code name} on the shared engine, with every migration of the catalog
     * applied statement by statement over JDBC (the same files the warehouse's runner applies).
     */
    public static String database(String name) {
        String base = engine().jdbcUrl();
        String url = base.replace("/default?", "/" + name + "?");
        try (Connection c = DriverManager.getConnection(base, "default", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        try (Connection c = DriverManager.getConnection(url, "default", "");
                Statement s = c.createStatement()) {
            for (Migration m : MigrationCatalog.fromClassPath()) {
                for (String statement : m.statements()) {
                    s.execute(statement);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot migrate test database " + name, e);
        }
        return url;
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "default", "");
    }

    private static synchronized void stop() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans up what is left
        }
    }
}
