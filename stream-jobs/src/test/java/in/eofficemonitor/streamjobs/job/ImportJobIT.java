package in.eofficemonitor.streamjobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.testdata.GeneratedMovements;
import in.eofficemonitor.streamjobs.testdata.JobsTestWarehouse;
import in.eofficemonitor.streamjobs.testdata.ReferenceReplay;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in a MiniCluster into the real embedded engine: a generated month of movements with duplicate,
 * late, bad and rule-breaking lines. Pendency at two times and the stuck list must equal what a plain replay in
 * the test computes (sort, replay, count), and every line must be accounted for.
 */
class ImportJobIT {

    private static final Duration BOUND = Duration.ofMinutes(10);
    private static final DateTimeFormatter IST =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.of("Asia/Kolkata"));

    @TempDir
    Path tmp;

    @Test
    void pendencyAndStuckFilesEqualAStraightforwardReplayOfTheSameLines() throws Exception {
        GeneratedMovements data = GeneratedMovements.generate(7, 400);
        Path events = data.write(tmp);
        ReferenceReplay expected = ReferenceReplay.of(data.lines, BOUND);

        String url = JobsTestWarehouse.database("import_it");
        {
            ImportJob.Summary s = ImportJob.run(new ImportJob.Options(data.offices, data.desks, events,
                    SinkSettings.defaults(url).withBatch(700, Duration.ofMillis(200)),
                    WorkflowSettings.defaults().withOutOfOrderBound(BOUND).withParallelism(2).withSinkParallelism(1),
                    StuckThresholds.defaults(), true));

            ImportCommand.print(s, 0, System.out);
            assertThat(expected.duplicates).as("the stream has duplicates").isPositive();
            assertThat(expected.late).as("the stream has late lines").isPositive();
            assertThat(expected.parseRejected).as("the stream has bad lines").isPositive();
            assertThat(s.linesRead()).isEqualTo(data.lines.size());
            assertThat(s.accepted()).isEqualTo(expected.accepted);
            assertThat(s.duplicates()).isEqualTo(expected.duplicates);
            assertThat(s.deadLettersByReason().get("LATE")).isEqualTo(expected.late);
            assertThat(s.deadLettersByReason().getOrDefault("NOT_JSON", 0L)
                    + s.deadLettersByReason().getOrDefault("MISSING_FIELD", 0L)
                    + s.deadLettersByReason().getOrDefault("UNKNOWN_TYPE", 0L)).isEqualTo(expected.parseRejected);
            expected.rejectedByReason.forEach((reason, n) ->
                    assertThat(s.deadLettersByReason().get(reason)).as(reason).isEqualTo(n));
            assertThat(s.everyLineAccountedFor()).isTrue();

            try (Connection c = JobsTestWarehouse.connect(url)) {
                for (Instant t : new Instant[] {
                        GeneratedMovements.START.plus(Duration.ofDays(10)),
                        GeneratedMovements.START.plus(Duration.ofDays(20)).plusSeconds(4321)}) {
                    assertThat(pendencyByDesk(c, t)).as("pendency by desk at %s", t)
                            .isNotEmpty().isEqualTo(expected.pendencyByDesk(t));
                    assertThat(stuckFromTransitions(c, t)).as("stuck at %s (stuck_transitions)", t)
                            .isNotEmpty().isEqualTo(expected.stuckAt(t));
                    assertThat(stuckFromVisits(c, t)).as("stuck at %s (desk_visits)", t).isEqualTo(expected.stuckAt(t));
                }
            }
        }
    }

    private static Map<String, Long> pendencyByDesk(Connection c, Instant t) throws Exception {
        Map<String, Long> byDesk = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT desk_id, count() FROM desk_visits FINAL "
                + "WHERE arrived_at <= ? AND (left_at IS NULL OR left_at > ?) GROUP BY desk_id")) {
            ps.setString(1, IST.format(t));
            ps.setString(2, IST.format(t));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byDesk.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return byDesk;
    }

    private static Set<String> stuckFromTransitions(Connection c, Instant t) throws Exception {
        return strings(c, "SELECT concat(file_id, '@', desk_id) FROM stuck_transitions FINAL "
                + "GROUP BY file_id, desk_id, arrived_at "
                + "HAVING countIf(transition = 'BECAME_STUCK' AND at <= ?) > 0 AND countIf(transition = 'CLEARED' AND at <= ?) = 0", t);
    }

    private static Set<String> stuckFromVisits(Connection c, Instant t) throws Exception {
        return strings(c, "SELECT concat(file_id, '@', desk_id) FROM desk_visits FINAL "
                + "WHERE stuck_at_calendar <= ? AND (left_at IS NULL OR left_at > ?)", t);
    }

    private static Set<String> strings(Connection c, String sql, Instant t) throws Exception {
        Set<String> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, IST.format(t));
            ps.setString(2, IST.format(t));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
