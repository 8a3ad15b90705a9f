package in.eofficemonitor.streamjobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.EventLineWriter;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.streamjobs.testdata.GeneratedMovements;
import in.eofficemonitor.streamjobs.testdata.JobsTestWarehouse;
import in.eofficemonitor.streamjobs.testdata.ReferenceReplay;
import in.eofficemonitor.streamjobs.testdata.SkewedFeeds;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clock-skew scenarios of {@link ClockSkewImportIT} through the live job ({@code jobs --watch}), stopped and
 * started again on its checkpoints right where the stream's clock holds lines: after the typed year, in the middle
 * of the burst, between the first event after the outage and the second office's that confirms it. Every count must
 * equal the plain replay of the same lines by the rule — the held lines survive the restart and are decided as in
 * one run (a live job keeps holding what is unconfirmed at the end, where an import lets it go as FUTURE_TS).
 */
class ClockSkewLiveIT {

    private static final Duration BOUND = Duration.ofMinutes(10);
    private static final Duration AHEAD = Duration.ofDays(1);
    private static final String SENTINELS = "file:events-0003.jsonl";

    @TempDir
    Path tmp;

    @Test
    void aTypoedYearHeldAcrossARestartCostsTheOtherEventsNothing() throws Exception {
        GeneratedMovements data = GeneratedMovements.generate(5, 240);
        List<GeneratedMovements.Line> lines = SkewedFeeds.typoedYears(data.lines, "KNJ-COLL", 1, 1);
        int typo = indexOf(lines, "typo-1");
        runAcrossARestart(data, lines, typo + 1, "skew_live_typo");
        assertThat(ReferenceReplay.of(withSentinels(lines), BOUND, AHEAD).accepted)
                .as("accepted as without the typo")
                .isEqualTo(ReferenceReplay.of(withSentinels(data.lines), BOUND, AHEAD).accepted);
    }

    @Test
    void aBurstFromOneOfficeSplitByARestartNeverMovesTheStreamsTime() throws Exception {
        GeneratedMovements data = GeneratedMovements.generate(5, 240);
        List<GeneratedMovements.Line> lines = SkewedFeeds.typoedYears(data.lines, "PU-LKO", 30, 3);
        runAcrossARestart(data, lines, indexOf(lines, "typo-15") + 1, "skew_live_burst");
    }

    @Test
    void aThreeDayJumpConfirmedAfterARestartLetsTheHeldEventThrough() throws Exception {
        GeneratedMovements data = GeneratedMovements.generate(5, 240);
        List<GeneratedMovements.Line> lines = SkewedFeeds.jump(data.lines, Duration.ofDays(3));
        int middle = lines.size() / 2;
        while (lines.get(middle).event() == null) {
            middle++;
        }
        // The first event after the outage is the last line before the restart: held in the checkpoint.
        runAcrossARestart(data, lines, middle + 1, "skew_live_jump");
        ReferenceReplay unbroken = ReferenceReplay.of(withSentinels(data.lines), BOUND, AHEAD);
        ReferenceReplay expected = ReferenceReplay.of(withSentinels(lines), BOUND, AHEAD);
        assertThat(expected.accepted).as("accepted as without the jump").isEqualTo(unbroken.accepted);
    }

    /**
     * Drops lines {@code [0, cut)} as one file, stops the job after a checkpoint, starts it again and drops the rest
     * and then, as a third file, two offices' events an hour after everything (they move the watermark past the last
     * events; they are in the replay, but not counted); then checks every count of the first two files against the
     * replay.
     */
    private void runAcrossARestart(GeneratedMovements data, List<GeneratedMovements.Line> lines, int cut, String db)
            throws Exception {
        List<GeneratedMovements.Line> all = withSentinels(lines);
        ReferenceReplay expected = ReferenceReplay.of(all, BOUND, AHEAD);
        Path inbox = tmp.resolve("inbox");
        Path state = tmp.resolve("state");
        String url = JobsTestWarehouse.database(db);
        try (Warehouse warehouse = Warehouse.open(WarehouseConfig.fromUrl(url).withMigrate(false))) {
            PipelineRunner.Options o = new PipelineRunner.Options(state,
                    new PipelineRunner.Watch(inbox, Duration.ofMillis(200), data.offices, data.desks), true,
                    // --max-ahead at its default, AHEAD
                    WorkflowSettings.defaults().withOutOfOrderBound(BOUND).withParallelism(2).withSinkParallelism(1),
                    Duration.ofMillis(500), new SinkBatch(500, Duration.ofMillis(100)), Duration.ZERO);
            PipelineRunner.Handle first = PipelineRunner.startEmbedded(warehouse, o);
            try {
                drop(inbox, "events-0001.jsonl", all.subList(0, cut));
                await("the first file's events in the warehouse", () -> count(url, "movement_events") > 0);
                long chk = checkpointNumber(state);
                await("two checkpoints after the first file", () -> checkpointNumber(state) > chk + 2);
            } finally {
                first.stop();
            }
            PipelineRunner.Handle second = PipelineRunner.startEmbedded(warehouse, o);
            try {
                drop(inbox, "events-0002.jsonl", all.subList(cut, lines.size()));
                drop(inbox, "events-0003.jsonl", all.subList(lines.size(), all.size()));
                long accountable = lines.size() - expected.heldAtEnd;
                await("every line not held accounted for", () -> accounted(url) >= accountable,
                        () -> ": " + accounted(url) + " of " + accountable + ", dead letters " + deadLetters(url));
                Thread.sleep(1_500); // anything decided twice would show up by now
            } finally {
                second.stop();
            }
        }
        assertThat(accounted(url)).as("lines accounted for once").isEqualTo(lines.size() - expected.heldAtEnd);
        assertThat(count(url, "movement_events")).as("accepted (the sentinels wait for a watermark beyond them)")
                .isEqualTo(expected.accepted - 2);
        assertThat(count(url, "duplicate_events")).as("duplicates").isEqualTo(expected.duplicates);
        Map<String, Long> dead = deadLettersByReason(url);
        assertThat(dead.getOrDefault("LATE", 0L)).as("LATE").isEqualTo(expected.late);
        assertThat(dead.getOrDefault("FUTURE_TS", 0L)).as("FUTURE_TS (let go, not still held)")
                .isEqualTo(expected.future - expected.heldAtEnd);
        expected.rejectedByReason.forEach((reason, n) -> assertThat(dead.get(reason)).as(reason).isEqualTo(n));
    }

    /**
     * The lines and, an hour after the newest of them (typed years aside: two offices at 2036 would confirm the jump),
     * a CREATED from each of two offices.
     */
    private static List<GeneratedMovements.Line> withSentinels(List<GeneratedMovements.Line> lines) {
        Instant last = lines.stream().filter(l -> l.event() != null && !l.event().eventId().startsWith("typo-"))
                .map(l -> l.event().ts()).max(Instant::compareTo).orElseThrow().plus(Duration.ofHours(1));
        List<GeneratedMovements.Line> out = new ArrayList<>(lines);
        for (String office : List.of("KNJ-COLL", "SEC-REV")) {
            MovementEvent e = new MovementEvent("sentinel-" + office, last, EventType.CREATED, ItemKind.FILE,
                    "UP/TEST/SENTINEL-" + office, office, "", office + "-D1", Priority.NORMAL, "end of the test");
            out.add(new GeneratedMovements.Line(EventLineWriter.toLine(e), e));
            last = last.plusSeconds(1);
        }
        return out;
    }

    private static int indexOf(List<GeneratedMovements.Line> lines, String eventId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).event() != null && lines.get(i).event().eventId().equals(eventId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(eventId);
    }

    private static void drop(Path inbox, String name, List<GeneratedMovements.Line> lines) throws Exception {
        Files.createDirectories(inbox);
        Path hidden = inbox.resolve("." + name);
        Files.write(hidden, lines.stream().map(GeneratedMovements.Line::raw).toList(), StandardCharsets.UTF_8);
        Files.move(hidden, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, condition, () -> "");
    }

    private static void await(String what, BooleanSupplier condition, java.util.function.Supplier<String> status)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + status.get());
            }
            Thread.sleep(200);
        }
    }

    private static long checkpointNumber(Path state) {
        return LocalFlink.latestCheckpoint(state.resolve("checkpoints"))
                .map(p -> Long.parseLong(p.getFileName().toString().substring("chk-".length()))).orElse(0L);
    }

    private static long accounted(String url) {
        return count(url, "movement_events") + count(url, "duplicate_events") + count(url, "dead_letters");
    }

    private static long count(String url, String table) {
        try (Connection c = JobsTestWarehouse.connect(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count() FROM " + table + " FINAL WHERE source != '" + SENTINELS + "'")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> deadLetters(String url) {
        try {
            return deadLettersByReason(url);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> deadLettersByReason(String url) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = JobsTestWarehouse.connect(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT reason, count() FROM dead_letters FINAL WHERE source != '" + SENTINELS
                        + "' GROUP BY reason")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}
