package in.eofficemonitor.streamjobs.job;

import in.eofficemonitor.streamjobs.functions.StayRules;
import in.eofficemonitor.streamjobs.registry.RegistryLookup;
import in.eofficemonitor.streamjobs.sink.ClickHouseSink;
import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.source.FileLines;
import in.eofficemonitor.streamjobs.workflow.MovementWorkflow;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.registry.Desk;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code import}: runs the movement workflow over one events file in an in-process Flink, into the warehouse,
 * and reports how every line was accounted for. The counts are read back from the warehouse for this source
 * (file name), so they are exactly what the reports see; importing the same file again changes nothing.
 */
public final class ImportJob {

    private ImportJob() {}

    /** What to import, where to, and how. */
    public record Options(List<Office> offices, List<Desk> desks, Path events, SinkSettings sink,
            WorkflowSettings workflow, StuckThresholds thresholds, boolean calendarDays) {}

    /** How the lines of the file were accounted for. */
    public record Summary(String source, long linesRead, long accepted, long duplicates,
            SortedMap<String, Long> deadLettersByReason) {

        public long deadLetters() {
            return deadLettersByReason.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Every line read is an accepted event, a duplicate or a dead letter. */
        public boolean everyLineAccountedFor() {
            return accepted + duplicates + deadLetters() == linesRead;
        }
    }

    public static Summary run(Options o) throws Exception {
        StayRules rules = new StayRules(RegistryLookup.of(o.offices(), o.desks()), o.thresholds(), o.calendarDays());
        long lines = FileLines.countLines(o.events());
        String source = FileLines.sourceName(o.events());
        Path scratch = Files.createTempDirectory("eoffice-import-checkpoints");
        try {
            // Checkpoints are off for a one-shot import: a failed import is simply run again (idempotent rows).
            StreamExecutionEnvironment env = LocalFlink.environment(o.workflow().parallelism(),
                    CheckpointSettings.under(scratch).withResume(false), true);
            env.getCheckpointConfig().disableCheckpointing();
            MovementWorkflow.build(env, FileLines.source(o.events(), o.workflow().maxLineBytes()), source, rules, o.workflow(),
                    new ClickHouseSink(o.sink()));
            env.execute("e-Office import " + o.events().getFileName());
        } finally {
            deleteTree(scratch);
        }
        try (Connection c = connect(o.sink())) {
            return new Summary(source, lines, count(c, "accepted_by_source", source),
                    count(c, "duplicates_by_source", source), deadLetters(c, source));
        }
    }

    static Connection connect(SinkSettings s) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", s.user());
        p.setProperty("password", s.password());
        return DriverManager.getConnection(s.jdbcUrl(), p);
    }

    private static long count(Connection c, String query, String source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql(query))) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static SortedMap<String, Long> deadLetters(Connection c, String source) throws SQLException {
        SortedMap<String, Long> byReason = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql("dead_letters_by_source"))) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byReason.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return byReason;
    }

    private static String sql(String name) {
        try (InputStream in = ImportJob.class.getResourceAsStream("/sql/import/" + name + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
