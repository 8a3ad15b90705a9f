package in.eofficemonitor.streamjobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.EventLineWriter;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.testdata.JobsTestWarehouse;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} of a file with a line of 8 MiB and a line in Latin-1 among good ones: the long line is a dead letter
 * LINE_TOO_LONG whose stored raw line is only its beginning, the Latin-1 one NOT_UTF8 (not an event with U+FFFD in
 * its subject), and the good lines around them are accepted with their line numbers.
 */
class HostileBytesImportIT {

    @TempDir
    Path tmp;

    @Test
    void aHugeLineAndBytesThatAreNotUtf8AreDeadLettersAndTheRestIsRead() throws Exception {
        Path events = tmp.resolve("events.jsonl");
        try (OutputStream out = Files.newOutputStream(events)) {
            out.write((line("ok-1", "a subject") + "\n").getBytes(StandardCharsets.UTF_8));
            out.write(("{\"event_id\":\"huge\",\"subject\":\"" + "x".repeat(8 << 20) + "\"}\n").getBytes(StandardCharsets.UTF_8));
            out.write((line("ok-2", "second") + "\n").getBytes(StandardCharsets.UTF_8));
            out.write((line("latin-1", "caf\u00e9 records") + "\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write((line("ok-3", "\u0928\u0915\u094d\u0936\u093e") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String url = JobsTestWarehouse.database("hostile_bytes");
        ImportJob.Summary s = ImportJob.run(new ImportJob.Options(List.of(), List.of(), events,
                SinkSettings.defaults(url).withBatch(100, Duration.ofMillis(100)),
                WorkflowSettings.defaults().withParallelism(1), StuckThresholds.defaults(), true));
        ImportCommand.print(s, 0, System.out);

        assertThat(s.linesRead()).isEqualTo(5);
        assertThat(s.accepted()).isEqualTo(3);
        assertThat(s.deadLettersByReason()).containsEntry("LINE_TOO_LONG", 1L).containsEntry("NOT_UTF8", 1L).hasSize(2);
        try (Connection c = JobsTestWarehouse.connect(url); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT reason, source_position, length(raw_line), detail FROM dead_letters FINAL "
                        + "ORDER BY source_position")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("events.jsonl:2");
            assertThat(rs.getLong(3)).as("only the beginning of the long line is stored").isLessThanOrEqualTo(4096);
            assertThat(rs.getString(4)).contains(String.valueOf((8 << 20) + 32));
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("NOT_UTF8");
            assertThat(rs.getString(2)).isEqualTo("events.jsonl:4");
        }
    }

    private static String line(String id, String subject) {
        return EventLineWriter.toLine(new MovementEvent(id, Instant.parse("2026-11-20T05:00:00Z"), EventType.CREATED,
                ItemKind.FILE, "UP/B/" + id, "KNJ-COLL", "", "KNJ-COLL-D1", Priority.NORMAL, subject));
    }
}
