package in.eofficemonitor.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every command of {@code ./eoffice-monitor}, run as its own process with a typical mistake, answers in a line or
 * two without a Java stack trace and exits with status 2. The dashboard module sees every module's commands, so the
 * whole command line is checked here in one place; the mistakes are all caught before an engine would start.
 */
class CommandMistakesTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> mistakes() throws IOException {
        Path events = Files.writeString(dir.resolve("events.jsonl"), "");
        return Stream.of(
                Arguments.of("in.eofficemonitor.alerts.cli.AlertsCommand",
                        List.of("preview", "--report", "weekly-pendency", "--recipient", "dm-kannauj"),
                        "no recipient dm-kannauj"),
                Arguments.of("in.eofficemonitor.alerts.cli.AlertsCommand",
                        List.of("send", "--report", "weekly", "--recipient", "dm-kannauj"), "unknown report 'weekly'"),
                Arguments.of("in.eofficemonitor.alerts.cli.AlertsCommand",
                        List.of("preview", "--report", "weekly-pendency", "--recipient", "x", "--recipients", "/no/such.csv"),
                        "no such file: /no/such.csv"),
                Arguments.of("in.eofficemonitor.warehouse.cli.ReportCommand", List.of("pendency", "--by", "planet"),
                        "--by"),
                Arguments.of("in.eofficemonitor.warehouse.cli.WarehouseCommand", List.of("run", "--port", "lots"),
                        "--port must be a number"),
                Arguments.of("in.eofficemonitor.streamjobs.simulator.SimulateCommand",
                        List.of("--days", "many", "--out", dir.resolve("sim").toString()), "\"many\""),
                Arguments.of("in.eofficemonitor.streamjobs.job.ImportCommand",
                        List.of("--offices", "/no/such.csv", "--events", events.toString()), "no such file: /no/such.csv"),
                Arguments.of("in.eofficemonitor.streamjobs.job.PipelineRunner",
                        List.of("--watch", dir.toString(), "--offices", "/no/such.csv"), "no such file: /no/such.csv"),
                Arguments.of("in.eofficemonitor.warehouse.bench.WarehouseBenchmark", List.of("--rows", "lots"),
                        "\"lots\" is not a number"),
                Arguments.of("in.eofficemonitor.streamjobs.simulator.SimulateBenchmark", List.of("--events", "lots"),
                        "\"lots\" is not a number"),
                Arguments.of("in.eofficemonitor.streamjobs.bench.PipelineBenchmark", List.of("--state-backend", "disk"),
                        "hashmap or rocksdb"),
                Arguments.of("in.eofficemonitor.alerts.bench.AlertsBenchmark", List.of("--threads", "many"),
                        "\"many\" is not a number"),
                Arguments.of("in.eofficemonitor.dashboard.bench.DashboardBenchmark", List.of("--iterations", "many"),
                        "\"many\" is not a number"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("mistakes")
    void aMistakeIsAnsweredInALineOrTwoWithStatusTwo(String main, List<String> args, String says) throws Exception {
        Run run = run(main, args);

        assertThat(run.output()).contains(says).doesNotContain("\tat ").doesNotContain("Exception in thread");
        assertThat(run.output().strip().lines()).hasSizeLessThanOrEqualTo(2);
        assertThat(run.status()).as(run.output()).isEqualTo(2);
    }

    @Test
    void debugShowsWhereItFailed() throws Exception {
        Run run = run("in.eofficemonitor.alerts.cli.AlertsCommand",
                List.of("preview", "--report", "weekly-pendency", "--recipient", "dm-kannauj", "--debug"));

        assertThat(run.output()).contains("no recipient dm-kannauj").contains("\tat in.eofficemonitor.alerts");
        assertThat(run.status()).isEqualTo(2);
    }

    @ParameterizedTest(name = "./eoffice-monitor {0}")
    @MethodSource("launcherMistakes")
    void theLauncherAnswersAnUnknownCommandWithStatusTwo(List<String> args) throws Exception {
        Path launcher = Path.of("..", "eoffice-monitor").toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        Run run = start(command);

        assertThat(run.output()).contains("unknown").contains("--help");
        assertThat(run.output().strip().lines()).hasSizeLessThanOrEqualTo(2);
        assertThat(run.status()).isEqualTo(2);
    }

    static Stream<List<String>> launcherMistakes() {
        return Stream.of(List.of("frobnicate"), List.of("bench", "everything"));
    }

    private record Run(int status, String output) {}

    private static Run run(String main, List<String> args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // As the launcher runs them: with the engine library named (the warehouse reads its settings first).
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Deoffice.chdb.lib=" + System.getProperty("eoffice.chdb.lib", ""),
                "-cp", System.getProperty("java.class.path"), main));
        command.addAll(args);
        return start(command);
    }

    private static Run start(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
