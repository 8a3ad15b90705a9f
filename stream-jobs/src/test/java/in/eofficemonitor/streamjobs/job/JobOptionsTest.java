package in.eofficemonitor.streamjobs.job;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings import, jobs and the cluster jobs share, read the same way by all of them. */
class JobOptionsTest {

    @Test
    void theOutOfOrderBoundAndTheSinksBatchBoundsComeFromTheSameOptions() {
        ImportCommand.Args a = ImportCommand.Args.parse(new String[] {"--out-of-order", "PT30M", "--batch-rows",
            "2000", "--flush-interval", "2s"});

        assertThat(JobOptions.workflow(a, WorkflowSettings.defaults()).outOfOrderBound())
                .isEqualTo(Duration.ofMinutes(30));
        SinkSettings sink = JobOptions.sink(a, SinkSettings.defaults("jdbc:clickhouse://h:8123/db"));
        assertThat(sink.batchRows()).isEqualTo(2000);
        assertThat(sink.flushInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(sink.jdbcUrl()).isEqualTo("jdbc:clickhouse://h:8123/db");
    }

    @Test
    void theInputBoundsAreReadAsDurationAndSize() {
        ImportCommand.Args a = ImportCommand.Args.parse(new String[] {"--max-ahead", "3d", "--max-line-length", "64k"});
        WorkflowSettings w = JobOptions.workflow(a, WorkflowSettings.defaults());
        assertThat(w.maxAhead()).isEqualTo(Duration.ofDays(3));
        assertThat(w.maxLineBytes()).isEqualTo(64 * 1024);
        assertThat(WorkflowSettings.defaults().maxAhead()).isEqualTo(Duration.ofDays(1));
        assertThat(WorkflowSettings.defaults().maxLineBytes()).isEqualTo(1 << 20);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JobOptions.workflow(
                ImportCommand.Args.parse(new String[] {"--max-line-length", "huge"}), WorkflowSettings.defaults()))
                .hasMessageContaining("--max-line-length 'huge'");
    }

    @Test
    void importRefusesABadSettingBeforeItOpensAnything() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = System.err;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = ImportCommand.run(ImportCommand.Args.parse(new String[] {"--events", "/nonexistent.jsonl",
                "--flush-interval", "soon"}), new PrintStream(out, true, StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }

        assertThat(status).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("--flush-interval 'soon'");
        assertThat(out.size()).isZero();
    }
}
