package in.eofficemonitor.warehouse.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the {@code VNNN__description.sql} files under a class-path folder, in every class-path root that has
 * that folder: build output directories (tests, {@code ./eoffice-monitor}) and jars (a shaded job jar, the
 * dashboard's boot jar). Scanning the roots rather than keeping a hand-written index means a new migration
 * file is picked up by dropping it in the folder, which is the whole convention.
 */
public final class MigrationCatalog {

    public static final String DEFAULT_LOCATION = "db/migration";

    private MigrationCatalog() {}

    /** The migrations under {@value #DEFAULT_LOCATION} visible to this class's loader, ordered by version. */
    public static List<Migration> fromClassPath() {
        return fromClassPath(MigrationCatalog.class.getClassLoader(), DEFAULT_LOCATION);
    }

    /**
     * The migrations in all the given class-path folders, ordered by version.
     *
     * @throws IllegalStateException when two different files claim the same version
     */
    public static List<Migration> fromClassPath(ClassLoader loader, String... locations) {
        Map<Integer, Migration> byVersion = new TreeMap<>();
        for (String location : locations) {
            String folder = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
            for (String fileName : fileNames(loader, folder)) {
                String resource = folder + "/" + fileName;
                Migration migration = Migration.of(fileName, resource, read(loader, resource));
                Migration clash = byVersion.putIfAbsent(migration.version(), migration);
                if (clash != null && !clash.resource().equals(resource)) {
                    throw new IllegalStateException("Two migrations claim version " + migration.version() + ": "
                            + clash.resource() + " and " + resource + ". Renumber one of them.");
                }
            }
        }
        List<Migration> ordered = new ArrayList<>(byVersion.values());
        ordered.sort(Comparator.comparingInt(Migration::version));
        return List.copyOf(ordered);
    }

    private static TreeSet<String> fileNames(ClassLoader loader, String folder) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                switch (root.getProtocol()) {
                    case "file" -> listDirectory(Path.of(root.toURI()), names);
                    case "jar" -> listJar(root, folder, names);
                    default -> throw new IllegalStateException(
                            "Cannot list migrations in " + root + " (only directories and jars are supported)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the migrations under " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list the migrations under " + folder, e);
        }
        return names;
    }

    private static void listDirectory(Path dir, TreeSet<String> names) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(Migration::isMigrationFileName).forEach(names::add);
        }
    }

    private static void listJar(URL root, String folder, TreeSet<String> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            String prefix = folder + "/";
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(prefix)) {
                    String rest = name.substring(prefix.length());
                    if (!rest.contains("/") && Migration.isMigrationFileName(rest)) {
                        names.add(rest);
                    }
                }
            }
        }
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Migration listed but not readable: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
