package in.eofficemonitor.streamjobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.DeskCsv;
import in.eofficemonitor.streamjobs.contract.OfficeRegistryCsv;
import in.eofficemonitor.streamjobs.testdata.GeneratedMovements;
import in.eofficemonitor.streamjobs.testdata.JobsTestWarehouse;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §6: a kill -9 of the jobs neither loses nor double-counts an event. A child JVM runs the workflow on a
 * stream; it is killed (destroyForcibly) mid-stream after a checkpoint, restarted on the same checkpoint
 * directory, and every count in the warehouse must then equal that of an uninterrupted run of the same stream.
 */
class KillAndRestartIT {

    private static final String CLOSES_OFF = "file_closes whose levels differ from the stays";
    private static final String[] COUNTS = {
            "SELECT 'movement_events', count() FROM movement_events FINAL",
            "SELECT 'desk_visits', count() FROM desk_visits FINAL",
            "SELECT 'open stays', count() FROM desk_visits FINAL WHERE left_at IS NULL",
            "SELECT 'file_positions', count() FROM file_positions FINAL",
            "SELECT 'closed files', count() FROM file_positions FINAL WHERE status = 'CLOSED'",
            // Each hash reduced modulo a prime, as below: a plain sum of 64-bit hashes overflows the driver's long.
            "SELECT 'positions checksum', sum(cityHash64(file_id, desk_id, version) % 1000000007) FROM file_positions FINAL",
            "SELECT 'stuck_transitions', count() FROM stuck_transitions FINAL",
            "SELECT 'duplicate_events', count() FROM duplicate_events FINAL",
            "SELECT concat('dead letters ', reason), count() FROM dead_letters FINAL GROUP BY reason ORDER BY reason",
            // The tables the warehouse's views keep from the jobs' rows (V080–V082): the minima and maxima are the
            // same whatever was replayed; file_closes may hold other closes after a restart (the sink collapses a
            // file's positions per batch), but every close it holds has the levels its stays give.
            "SELECT 'desk_action_days checksum', sum(cityHash64(day, office_id, desk_id, t) % 1000000007) FROM (SELECT day, "
                    + "office_id, desk_id, max(last_ts) AS t FROM desk_action_days GROUP BY day, office_id, desk_id)",
            "SELECT 'file_spans checksum', sum(cityHash64(file_id, office_id, a, b) % 1000000007) FROM (SELECT file_id, office_id, "
                    + "min(first_ts) AS a, max(last_ts) AS b FROM file_spans GROUP BY file_id, office_id)",
            "SELECT '" + CLOSES_OFF + "', count() FROM (SELECT c.file_id, c.closed_at, any(c.levels) AS held, "
                    + "uniqExactIf(v.desk_id, v.arrived_at <= c.closed_at) AS from_stays FROM file_closes AS c FINAL "
                    + "INNER JOIN (SELECT file_id, desk_id, arrived_at FROM desk_visits FINAL) AS v ON v.file_id = c.file_id "
                    + "GROUP BY c.file_id, c.closed_at HAVING held != from_stays)",
    };

    @TempDir
    Path tmp;

    @Test
    void aKilledJobRestartedFromItsLastCheckpointWritesExactlyWhatAnUninterruptedRunWrites() throws Exception {
        GeneratedMovements data = GeneratedMovements.generate(11, 500);
        Path events = data.write(tmp);
        Path offices = tmp.resolve("offices.csv");
        Path desks = tmp.resolve("desks.csv");
        try (Writer w = Files.newBufferedWriter(offices, StandardCharsets.UTF_8)) {
            OfficeRegistryCsv.write(w, data.offices);
        }
        try (Writer w = Files.newBufferedWriter(desks, StandardCharsets.UTF_8)) {
            DeskCsv.write(w, data.desks);
        }

        String clean = JobsTestWarehouse.database("restart_clean");
        Process uninterrupted = child(offices, desks, events, clean, tmp.resolve("chk-clean"), 100_000, "clean");
        finished(uninterrupted, "clean");

        String crashed = JobsTestWarehouse.database("restart_crash");
        Path checkpoints = tmp.resolve("chk-crash");
        Process first = child(offices, desks, events, crashed, checkpoints, data.lines.size() / 8.0, "first");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline
                && (LocalFlink.latestCheckpoint(checkpoints).isEmpty() || count(crashed) < data.lines.size() / 4)) {
            Thread.sleep(100);
        }
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long written = count(crashed);
        Map<String, Long> expected = counts(clean);
        assertThat(written).as("killed mid-stream").isPositive().isLessThan(expected.get("movement_events"));

        Process second = child(offices, desks, events, crashed, checkpoints, 100_000, "second");
        finished(second, "second");
        assertThat(Files.readString(log("second"))).contains("RESUMING FROM " + checkpoints);

        assertThat(counts(crashed)).isEqualTo(expected);
        assertThat(expected.get(CLOSES_OFF)).isZero();
        try (Connection c = JobsTestWarehouse.connect(clean); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count() FROM file_closes FINAL")) {
            assertThat(rs.next() && rs.getLong(1) > 0).as("the clean run's closes are held, so the check saw some").isTrue();
        }
    }

    private Process child(Path offices, Path desks, Path events, String url, Path checkpoints, double rate, String name)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                StreamChild.class.getName(),
                offices.toString(), desks.toString(), events.toString(), url, checkpoints.toString(),
                String.valueOf(rate)));
        // Logs stay in target/ for a look after a failure.
        Path logs = Files.createDirectories(Path.of("target", "kill-and-restart"));
        Path log = logs.resolve(name + ".log");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(log.toFile()).start();
    }

    private void finished(Process p, String name) throws Exception {
        boolean exited = p.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String log = Files.readString(log(name));
        assertThat(exited && p.exitValue() == 0).as("child %s finished; its output:%n%s", name, log).isTrue();
    }

    private static Path log(String name) {
        return Path.of("target", "kill-and-restart", name + ".log");
    }

    private static long count(String url) throws Exception {
        try (Connection c = JobsTestWarehouse.connect(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count() FROM movement_events")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> counts(String url) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = JobsTestWarehouse.connect(url); Statement s = c.createStatement()) {
            for (String q : COUNTS) {
                try (ResultSet rs = s.executeQuery(q)) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        return out;
    }
}
