package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM with the engine in it ends with the status it chose and without chDB's static destructors
 * (see {@link ProcessExit}), and what it wrote is there for the next process.
 */
class ProcessExitIT {

    @TempDir
    Path dataDir;

    private record Outcome(int status, String output) {}

    private Outcome runProbe(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Deoffice.chdb.lib=" + EmbeddedWarehouse.Config.defaultLibrary(),
                "-cp", System.getProperty("java.class.path"),
                EngineExitProbe.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).directory(dataDir.toFile()).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("probe finished").isTrue();
        return new Outcome(p.exitValue(), output);
    }

    @Test
    void exitStatusIsTheOneTheJvmChoseAndTheRowsSurvive() throws Exception {
        Path engineDir = dataDir.resolve("clickhouse");

        Outcome writer = runProbe(engineDir.toString(), "write", "7");
        Outcome reader = runProbe(engineDir.toString(), "count");

        assertThat(writer.status()).as(writer.output()).isEqualTo(7);
        assertThat(reader.status()).as(reader.output()).isZero();
        assertThat(reader.output()).contains("rows=1000");
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
    }
}
