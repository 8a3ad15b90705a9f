package in.eofficemonitor.streamjobs.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.CsvLoad;
import in.eofficemonitor.streamjobs.contract.DeskCsv;
import in.eofficemonitor.streamjobs.contract.OfficeRegistryCsv;
import in.eofficemonitor.streamjobs.contract.OpeningBalanceCsv;
import in.eofficemonitor.warehouse.registry.Office;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationWriterTest {

    private static final NoiseOptions SOME_NOISE = new NoiseOptions(0.01, 0.01, 0.01, Duration.ofMinutes(5));

    @Test
    void sameSeedWritesByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws Exception {
        SimulationOptions options = SimulatorFixtures.smallRun(42);
        SimulationWriter.write(SimulatorFixtures.UP, options, SOME_NOISE, a, null, Long.MAX_VALUE);
        SimulationWriter.write(SimulatorFixtures.UP, options, SOME_NOISE, b, null, Long.MAX_VALUE);
        for (String f : new String[] {SimulationWriter.OFFICES, SimulationWriter.DESKS, SimulationWriter.EVENTS,
                SimulationWriter.OPENING_BALANCES}) {
            assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1L);
        }
        assertThat(Files.size(a.resolve(SimulationWriter.EVENTS))).isPositive();
    }

    @Test
    void writtenRegistryReadsBackWithTheContractReadersWithoutRejections(@TempDir Path dir) throws Exception {
        SimulationWriter.write(SimulatorFixtures.UP, SimulatorFixtures.smallRun(1), NoiseOptions.none(), dir, null, 10);
        CsvLoad<Office> offices = OfficeRegistryCsv.read(dir.resolve(SimulationWriter.OFFICES));
        assertThat(offices.rejections()).isEmpty();
        assertThat(offices.rows()).isEqualTo(SimulatorFixtures.UP.offices());
        var desks = DeskCsv.read(dir.resolve(SimulationWriter.DESKS));
        assertThat(desks.rejections()).isEmpty();
        assertThat(desks.rows()).isEqualTo(SimulatorFixtures.UP.desks());
        var balances = OpeningBalanceCsv.read(dir.resolve(SimulationWriter.OPENING_BALANCES));
        assertThat(balances.rejections()).isEmpty();
        assertThat(balances.rows()).hasSize(93);
        assertThat(Files.readAllLines(dir.resolve(SimulationWriter.EVENTS))).hasSize(10);
    }

    @Test
    void simulateCommandWritesTheFilesAndReportsTheArticleCounts(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = SimulateCommand.run(new String[] {"--scenario", "up", "--days", "1", "--seed", "3", "--volume", "0.01",
                "--out", dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("HOD_OFFICE", "21,229", "8,181", "86,54,000");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("100%");
        assertThat(dir.resolve(SimulationWriter.EVENTS)).isNotEmptyFile();
    }

    @Test
    void simulateCommandRefusesAnUnknownScenarioSayingWhereTheOptionsAre(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = SimulateCommand.run(new String[] {"--scenario", "mp", "--out", dir.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown scenario 'mp'", "simulate --help");
    }
}
