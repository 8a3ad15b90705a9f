package in.eofficemonitor.streamjobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.testdata.GeneratedMovements;
import in.eofficemonitor.streamjobs.testdata.JobsTestWarehouse;
import in.eofficemonitor.streamjobs.testdata.ReferenceReplay;
import in.eofficemonitor.streamjobs.testdata.SkewedFeeds;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One office's wrong clock must not cost the other offices their data (docs/architecture.md, "Late events"):
 * {@code import} of a month of three offices' events with a typed year, a burst of them from one office, and a
 * genuine three-day jump. The counts must equal a plain replay of the same lines by the rule, and for the typed
 * years also the counts of the same stream without them.
 */
class ClockSkewImportIT {

    private static final Duration BOUND = Duration.ofMinutes(10);
    private static final Duration AHEAD = Duration.ofDays(1);

    @TempDir
    Path tmp;

    @Test
    void oneTypoedYearIsAFutureDeadLetterAndEveryOtherEventCountsAsWithoutIt() throws Exception {
        GeneratedMovements data = GeneratedMovements.generate(7, 400);
        List<GeneratedMovements.Line> lines = SkewedFeeds.typoedYears(data.lines, "KNJ-COLL", 1, 1);
        ImportJob.Summary s = importLines(data, lines, "skew_one_typo");

        ReferenceReplay clean = ReferenceReplay.of(data.lines, BOUND, AHEAD);
        assertThat(s.deadLettersByReason().get("FUTURE_TS")).as("FUTURE_TS: the typo and the stream's own").isEqualTo(clean.future + 1);
        assertThat(s.deadLettersByReason().get("LATE")).as("LATE as without the typo").isEqualTo(clean.late);
        assertThat(s.accepted()).as("accepted as without the typo").isEqualTo(clean.accepted);
        assertAsReplayed(s, lines);
    }

    @Test
    void aBurstOfTypoedLinesFromOneOfficeNeverMovesTheStreamsTime() throws Exception {
        GeneratedMovements data = GeneratedMovements.generate(7, 400);
        List<GeneratedMovements.Line> lines = SkewedFeeds.typoedYears(data.lines, "PU-LKO", 40, 3);
        ImportJob.Summary s = importLines(data, lines, "skew_burst");

        ReferenceReplay clean = ReferenceReplay.of(data.lines, BOUND, AHEAD);
        assertThat(s.deadLettersByReason().get("FUTURE_TS")).as("FUTURE_TS: the typos and the stream's own").isEqualTo(clean.future + 40);
        assertThat(s.deadLettersByReason().get("LATE")).as("LATE as without the typos").isEqualTo(clean.late);
        assertThat(s.accepted()).as("accepted as without the typos").isEqualTo(clean.accepted);
        assertAsReplayed(s, lines);
    }

    @Test
    void aThreeDayJumpIsAcceptedOnceASecondOfficeConfirmsIt() throws Exception {
        GeneratedMovements data = GeneratedMovements.generate(7, 400);
        List<GeneratedMovements.Line> lines = SkewedFeeds.jump(data.lines, Duration.ofDays(3));
        ImportJob.Summary s = importLines(data, lines, "skew_jump");

        ReferenceReplay unbroken = ReferenceReplay.of(data.lines, BOUND, AHEAD);
        // The events held at the jump are let through once a second office confirms it: nothing is lost to it.
        assertThat(s.deadLettersByReason().getOrDefault("FUTURE_TS", 0L)).as("FUTURE_TS as without the jump")
                .isEqualTo(unbroken.future);
        assertThat(s.deadLettersByReason().getOrDefault("LATE", 0L)).as("LATE as without the jump")
                .isEqualTo(unbroken.late);
        assertThat(s.accepted()).as("accepted as without the jump").isEqualTo(unbroken.accepted);
        assertAsReplayed(s, lines);
    }

    private ImportJob.Summary importLines(GeneratedMovements data, List<GeneratedMovements.Line> lines, String database)
            throws Exception {
        Path events = tmp.resolve("events.jsonl");
        Files.write(events, lines.stream().map(GeneratedMovements.Line::raw).toList(), StandardCharsets.UTF_8);
        String url = JobsTestWarehouse.database(database);
        ImportJob.Summary s = ImportJob.run(new ImportJob.Options(data.offices, data.desks, events,
                SinkSettings.defaults(url).withBatch(700, Duration.ofMillis(200)),
                WorkflowSettings.defaults().withOutOfOrderBound(BOUND).withParallelism(2).withSinkParallelism(1),
                StuckThresholds.defaults(), true));
        ImportCommand.print(s, 0, System.out);
        assertThat(s.linesRead()).isEqualTo(lines.size());
        assertThat(s.everyLineAccountedFor()).isTrue();
        return s;
    }

    /** Every count as the plain replay of the same lines by the rule gives it. */
    private static void assertAsReplayed(ImportJob.Summary s, List<GeneratedMovements.Line> lines) {
        ReferenceReplay expected = ReferenceReplay.of(lines, BOUND, AHEAD);
        assertThat(s.accepted()).as("accepted").isEqualTo(expected.accepted);
        assertThat(s.duplicates()).as("duplicates").isEqualTo(expected.duplicates);
        assertThat(s.deadLettersByReason().getOrDefault("LATE", 0L)).as("LATE").isEqualTo(expected.late);
        assertThat(s.deadLettersByReason().getOrDefault("FUTURE_TS", 0L)).as("FUTURE_TS").isEqualTo(expected.future);
        expected.rejectedByReason.forEach((reason, n) ->
                assertThat(s.deadLettersByReason().get(reason)).as(reason).isEqualTo(n));
    }
}
