package in.eofficemonitor.streamjobs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live job's command line and its state directory; running it is PipelineRunnerIT's and WatchedDirectoryIT's. */
class PipelineRunnerTest {

    @TempDir
    Path tmp;

    @Test
    void theSharedSettingsApplyToTheLiveJobAsToImport() {
        PipelineRunner.Options o = PipelineRunner.options(args("--out-of-order", "2m", "--batch-rows", "500",
                "--flush-interval", "250ms", "--parallelism", "3", "--checkpoint-interval", "5s"));

        assertThat(o.workflow().outOfOrderBound()).isEqualTo(Duration.ofMinutes(2));
        assertThat(o.workflow().parallelism()).isEqualTo(3);
        assertThat(o.sinkBatch()).isEqualTo(new SinkBatch(500, Duration.ofMillis(250)));
        assertThat(o.checkpointInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.source()).isInstanceOf(PipelineRunner.Simulator.class);
        assertThat(o.stateDir()).isEqualTo(Path.of("data/flink"));
    }

    @Test
    void withoutTheSettingsTheDefaultsHold() {
        PipelineRunner.Options o = PipelineRunner.options(args());

        assertThat(o.workflow().outOfOrderBound()).isEqualTo(Duration.ofMinutes(10));
        assertThat(o.sinkBatch()).isEqualTo(SinkBatch.defaults());
        assertThat(SinkBatch.defaults()).isEqualTo(new SinkBatch(100_000, Duration.ofSeconds(10)));
    }

    @Test
    void watchTakesADirectoryAPollIntervalAndItsOwnStateDirectory() {
        PipelineRunner.Options o = PipelineRunner.options(args("--watch", tmp.resolve("in").toString(), "--poll", "2s"));

        assertThat(o.source()).isEqualTo(new PipelineRunner.Watch(tmp.resolve("in"), Duration.ofSeconds(2),
                java.util.List.of(), java.util.List.of()));
        assertThat(o.stateDir()).isEqualTo(Path.of("data/flink-watch"));
    }

    @Test
    void badSettingsAreRefusedWithTheOptionsName() {
        assertThatThrownBy(() -> PipelineRunner.options(args("--batch-rows", "0")))
                .hasMessageContaining("--batch-rows '0'");
        assertThatThrownBy(() -> PipelineRunner.options(args("--flush-interval", "soon")))
                .hasMessageContaining("--flush-interval 'soon'");
        assertThatThrownBy(() -> PipelineRunner.options(args("--out-of-order", "-5m")))
                .hasMessageContaining("--out-of-order");
        assertThatThrownBy(() -> PipelineRunner.options(args("--watch", tmp.toString(), "--poll", "0s")))
                .hasMessageContaining("--poll");
    }

    @Test
    void aStateDirectoryIsResumedOnlyByTheSourceItsCheckpointsBelongTo() throws Exception {
        Path state = tmp.resolve("state");
        PipelineRunner.Watch inbox = new PipelineRunner.Watch(tmp.resolve("inbox"), Duration.ofSeconds(1),
                java.util.List.of(), java.util.List.of());

        PipelineRunner.claimStateDir(state, state.resolve("checkpoints"), inbox);
        PipelineRunner.claimStateDir(state, state.resolve("checkpoints"), inbox);

        assertThat(Files.readString(state.resolve("source.txt"), StandardCharsets.UTF_8).strip())
                .isEqualTo("watch " + tmp.resolve("inbox"));
        assertThatThrownBy(() -> PipelineRunner.claimStateDir(state, state.resolve("checkpoints"),
                new PipelineRunner.Simulator(7, 60, 0.1, 30)))
                .hasMessageContaining("holds the checkpoints of 'watch ").hasMessageContaining("another --state-dir");
        assertThatThrownBy(() -> PipelineRunner.claimStateDir(state, state.resolve("checkpoints"),
                new PipelineRunner.Watch(tmp.resolve("other"), Duration.ofSeconds(1), java.util.List.of(),
                        java.util.List.of())))
                .hasMessageContaining("not of 'watch " + tmp.resolve("other"));
    }

    @Test
    void anUnmarkedStateDirectoryWithCheckpointsIsTheSimulators() throws Exception {
        Path state = tmp.resolve("old");
        Files.createDirectories(state.resolve("checkpoints/job/chk-4"));
        Files.writeString(state.resolve("checkpoints/job/chk-4/_metadata"), "x");

        assertThatThrownBy(() -> PipelineRunner.claimStateDir(state, state.resolve("checkpoints"),
                new PipelineRunner.Watch(tmp.resolve("inbox"), Duration.ofSeconds(1), java.util.List.of(),
                        java.util.List.of())))
                .hasMessageContaining("the simulator's checkpoints");
        PipelineRunner.claimStateDir(state, state.resolve("checkpoints"), new PipelineRunner.Simulator(7, 60, 0.1, 30));
        assertThat(Files.readString(state.resolve("source.txt")).strip()).isEqualTo("simulator seed 7");
    }

    private static ImportCommand.Args args(String... a) {
        return ImportCommand.Args.parse(a);
    }
}
