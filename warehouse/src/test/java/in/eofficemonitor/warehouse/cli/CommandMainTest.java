package in.eofficemonitor.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class CommandMainTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String err() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aUsageMistakeIsTwoLinesAndStatusTwo() {
        int status = CommandMain.run("alerts", new String[] {"preview"}, a -> {
            throw new UsageException("no recipient dm-kannauj: pass --recipients FILE");
        }, err);

        assertThat(status).isEqualTo(2);
        assertThat(err()).isEqualTo("""
                eoffice-monitor alerts: no recipient dm-kannauj: pass --recipients FILE
                See ./eoffice-monitor alerts --help for the options.
                """);
    }

    @Test
    void aWrappedMissingFileIsAMistakeNamedByItsPath() {
        int status = CommandMain.run("jobs", new String[0], a -> {
            throw new UncheckedIOException(new NoSuchFileException("/no/such.csv"));
        }, err);

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("eoffice-monitor jobs: no such file: /no/such.csv").doesNotContain("\tat ");
    }

    @Test
    void aNumberThatDoesNotParseSaysSo() {
        int status = CommandMain.run("bench warehouse", new String[0], a -> Integer.parseInt("lots"), err);

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("eoffice-monitor bench warehouse: \"lots\" is not a number");
    }

    @Test
    void anyOtherFailureIsOneLineAndStatusOne() {
        int status = CommandMain.run("report", new String[0], a -> {
            throw new IllegalStateException("the warehouse is busy");
        }, err);

        assertThat(status).isEqualTo(1);
        assertThat(err()).isEqualTo("""
                eoffice-monitor report failed: the warehouse is busy
                Add --debug to see where it failed.
                """);
    }

    @Test
    void debugShowsTheStackTraceAndIsNotPassedOn() {
        String[] seen = new String[1];
        int status = CommandMain.run("report", new String[] {"pendency", "--debug"}, a -> {
            seen[0] = String.join(" ", a);
            throw new UsageException("--by is required");
        }, err);

        assertThat(status).isEqualTo(2);
        assertThat(seen[0]).isEqualTo("pendency");
        assertThat(err()).contains("--by is required").contains("\tat ");
    }

    @Test
    void successIsTheBodysStatusAndSilent() {
        assertThat(CommandMain.run("report", new String[0], a -> 0, err)).isZero();
        assertThat(err()).isEmpty();
    }
}
