package in.eofficemonitor.warehouse.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationCatalogTest {

    @TempDir
    Path dir;

    @Test
    void theShippedMigrationsAreFoundInVersionOrder() {
        List<Migration> migrations = MigrationCatalog.fromClassPath();

        assertThat(migrations).extracting(Migration::version).contains(1, 2, 10).isSorted().doesNotHaveDuplicates();
        assertThat(migrations.getFirst().description()).isEqualTo("registry events dead letters");
        assertThat(migrations.getFirst().statements()).anySatisfy(s -> assertThat(s).contains("CREATE TABLE IF NOT EXISTS offices"));
    }

    @Test
    void migrationsAreFoundInDirectoriesAndJarsAlikeAndNumbersMayHaveGaps() throws IOException {
        Path classes = dir.resolve("classes/db/migration");
        Files.createDirectories(classes);
        Files.writeString(classes.resolve("V010__ten.sql"), "SELECT 10;");
        Files.writeString(classes.resolve("V002__two.sql"), "SELECT 2;");
        Files.writeString(classes.resolve("README.md"), "not a migration");
        Path jar = dir.resolve("more.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Folder entries, as Maven's jar and shade plugins write them.
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/migration/"));
            put(out, "db/migration/V007__seven.sql", "SELECT 7;");
            put(out, "db/migration/nested/V001__ignored.sql", "SELECT 1;");
        }

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {dir.resolve("classes").toUri().toURL(), jar.toUri().toURL()}, null)) {
            List<Migration> found = MigrationCatalog.fromClassPath(loader, "db/migration");

            assertThat(found).extracting(Migration::version).containsExactly(2, 7, 10);
            assertThat(found).extracting(Migration::description).containsExactly("two", "seven", "ten");
        }
    }

    @Test
    void twoFilesWithOneVersionAreRefused() throws IOException {
        Path classes = dir.resolve("db/migration");
        Files.createDirectories(classes);
        Files.writeString(classes.resolve("V003__one.sql"), "SELECT 1;");
        Files.writeString(classes.resolve("V3__other.sql"), "SELECT 2;");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> MigrationCatalog.fromClassPath(loader, "db/migration"))
                    .hasMessageContaining("Two migrations claim version 3");
        }
    }

    @Test
    void theChecksumChangesWithTheTextButNotWithLineEndings() {
        Migration unix = Migration.of("V001__a.sql", "db/migration/V001__a.sql", "SELECT 1;\nSELECT 2;\n");
        Migration windows = Migration.of("V001__a.sql", "db/migration/V001__a.sql", "SELECT 1;\r\nSELECT 2;\r\n");
        Migration edited = Migration.of("V001__a.sql", "db/migration/V001__a.sql", "SELECT 1;\nSELECT 3;\n");

        assertThat(unix.checksum()).hasSize(64).isEqualTo(windows.checksum()).isNotEqualTo(edited.checksum());
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream stream = out;
        stream.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
