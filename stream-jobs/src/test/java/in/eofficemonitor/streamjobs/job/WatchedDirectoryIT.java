package in.eofficemonitor.streamjobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.EventLineWriter;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.streamjobs.testdata.GeneratedMovements;
import in.eofficemonitor.streamjobs.testdata.JobsTestWarehouse;
import in.eofficemonitor.streamjobs.testdata.ReferenceReplay;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live job on a watched directory ({@code jobs --watch}) in a MiniCluster into the real engine: JSON Lines files
 * dropped into the directory one after another show up in the warehouse; the job is stopped after a checkpoint and
 * started again on the same state directory, a third file follows — and every line of every file is accounted for
 * exactly once (a file read again would turn its accepted events into duplicates), with the totals of a plain
 * replay of all the lines in order.
 */
class WatchedDirectoryIT {

    private static final Duration BOUND = Duration.ofMinutes(10);

    @TempDir
    Path tmp;

    @Test
    void filesDroppedOneAfterAnotherAreEachAppliedOnceAcrossARestart() throws Exception {
        GeneratedMovements data = GeneratedMovements.generate(5, 240);
        ReferenceReplay expected = ReferenceReplay.of(data.lines, BOUND);
        List<List<String>> files = thirds(data.lines.stream().map(GeneratedMovements.Line::raw).toList());
        Path inbox = tmp.resolve("inbox");
        Path state = tmp.resolve("state");

        String url = JobsTestWarehouse.database("watch_it");
        try (Warehouse warehouse = Warehouse.open(WarehouseConfig.fromUrl(url).withMigrate(false))) {
            PipelineRunner.Options o = new PipelineRunner.Options(state,
                    new PipelineRunner.Watch(inbox, Duration.ofMillis(200), data.offices, data.desks), true,
                    WorkflowSettings.defaults().withOutOfOrderBound(BOUND).withParallelism(2).withSinkParallelism(1),
                    Duration.ofMillis(500), new SinkBatch(500, Duration.ofMillis(100)), Duration.ZERO);

            PipelineRunner.Handle first = PipelineRunner.startEmbedded(warehouse, o);
            try {
                drop(inbox, "events-0001.jsonl", files.get(0));
                await("the first file's events in the warehouse", () -> accepted(url, "events-0001.jsonl") > 0);
                drop(inbox, "events-0002.jsonl", files.get(1));
                // The first file's last minutes of event time wait for the watermark, i.e. for the second file.
                await("every line of the first file accounted for",
                        () -> accounted(url, "events-0001.jsonl") == files.get(0).size());
                long chk = checkpointNumber(state);
                await("a checkpoint after the first file", () -> checkpointNumber(state) > chk + 1);
            } finally {
                first.stop();
            }
            assertThat(accounted(url, "events-0001.jsonl")).isEqualTo(files.get(0).size());

            PipelineRunner.Handle second = PipelineRunner.startEmbedded(warehouse, o);
            try {
                drop(inbox, "events-0003.jsonl", files.get(2));
                // A CREATED a day after everything else moves the watermark past the third file's last events.
                drop(inbox, "events-0004.jsonl", List.of(sentinel(data)));
                for (int i = 0; i < 3; i++) {
                    String name = "events-000" + (i + 1) + ".jsonl";
                    int lines = files.get(i).size();
                    await("every line of " + name + " accounted for", () -> accounted(url, name) >= lines);
                }
                Thread.sleep(1_500); // anything read twice would show up by now
            } finally {
                second.stop();
            }
        }

        for (int i = 0; i < 3; i++) {
            String name = "events-000" + (i + 1) + ".jsonl";
            assertThat(accounted(url, name)).as("lines of %s accounted for once", name).isEqualTo(files.get(i).size());
        }
        List<String> sources = List.of("file:events-0001.jsonl", "file:events-0002.jsonl", "file:events-0003.jsonl");
        assertThat(count(url, "SELECT count() FROM movement_events FINAL WHERE source IN (?, ?, ?)", sources))
                .as("accepted").isEqualTo(expected.accepted);
        assertThat(count(url, "SELECT count() FROM duplicate_events FINAL WHERE source IN (?, ?, ?)", sources))
                .as("duplicates").isEqualTo(expected.duplicates);
        Map<String, Long> dead = deadLettersByReason(url, sources);
        assertThat(dead.get("LATE")).as("late").isEqualTo(expected.late);
        assertThat(dead.getOrDefault("NOT_JSON", 0L) + dead.getOrDefault("MISSING_FIELD", 0L)
                + dead.getOrDefault("UNKNOWN_TYPE", 0L)).as("bad lines").isEqualTo(expected.parseRejected);
        expected.rejectedByReason.forEach((reason, n) -> assertThat(dead.get(reason)).as(reason).isEqualTo(n));
        assertThat(expected.duplicates).as("the lines have duplicates").isPositive();
        assertThat(expected.late).as("the lines have late events").isPositive();
        assertThat(Files.readString(state.resolve("source.txt")).strip()).isEqualTo("watch " + inbox);
    }

    /** The lines in three consecutive parts, in input order. */
    private static List<List<String>> thirds(List<String> lines) {
        int third = lines.size() / 3;
        return List.of(lines.subList(0, third), lines.subList(third, 2 * third), lines.subList(2 * third, lines.size()));
    }

    /** Written under a hidden name, then renamed into place: the directory never shows half a file. */
    private static void drop(Path inbox, String name, List<String> lines) throws Exception {
        Files.createDirectories(inbox);
        Path hidden = inbox.resolve("." + name);
        Files.write(hidden, lines, StandardCharsets.UTF_8);
        Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static String sentinel(GeneratedMovements data) {
        Instant last = data.lines.stream().filter(l -> l.event() != null).map(l -> l.event().ts()).max(Instant::compareTo)
                .orElseThrow();
        return EventLineWriter.toLine(new MovementEvent("sentinel-1", last.plus(Duration.ofDays(1)), EventType.CREATED,
                ItemKind.FILE, "UP/TEST/SENTINEL", "KNJ-COLL", "", "KNJ-COLL-D1", Priority.NORMAL, "end of the test"));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    private static long checkpointNumber(Path state) {
        return LocalFlink.latestCheckpoint(state.resolve("checkpoints"))
                .map(p -> Long.parseLong(p.getFileName().toString().substring("chk-".length()))).orElse(0L);
    }

    private static long accepted(String url, String file) {
        return count(url, "SELECT count() FROM movement_events FINAL WHERE source = ?", List.of("file:" + file));
    }

    /** Accepted events, duplicates and dead letters of one file: each of its lines is exactly one of them. */
    private static long accounted(String url, String file) {
        List<String> source = List.of("file:" + file);
        return accepted(url, file)
                + count(url, "SELECT count() FROM duplicate_events FINAL WHERE source = ?", source)
                + count(url, "SELECT count() FROM dead_letters FINAL WHERE source = ?", source);
    }

    private static long count(String url, String sql, List<String> params) {
        try (Connection c = JobsTestWarehouse.connect(url); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> deadLettersByReason(String url, List<String> sources) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = JobsTestWarehouse.connect(url); PreparedStatement ps = c.prepareStatement(
                "SELECT reason, count() FROM dead_letters FINAL WHERE source IN (?, ?, ?) GROUP BY reason")) {
            for (int i = 0; i < sources.size(); i++) {
                ps.setString(i + 1, sources.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }
}
