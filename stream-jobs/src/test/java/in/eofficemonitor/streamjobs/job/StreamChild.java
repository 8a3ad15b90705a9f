package in.eofficemonitor.streamjobs.job;

import in.eofficemonitor.streamjobs.contract.DeskCsv;
import in.eofficemonitor.streamjobs.contract.OfficeRegistryCsv;
import in.eofficemonitor.streamjobs.functions.StayRules;
import in.eofficemonitor.streamjobs.registry.RegistryLookup;
import in.eofficemonitor.streamjobs.sink.ClickHouseSink;
import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.source.FileLines;
import in.eofficemonitor.streamjobs.workflow.MovementWorkflow;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The process the kill-and-restart test kills: the movement workflow on an events file replayed as a stream at
 * a fixed rate, checkpointing twice a second into a directory, and resuming from the newest checkpoint there
 * when started again. Args: offices.csv desks.csv events.jsonl jdbcUrl checkpointDir linesPerSecond.
 */
public final class StreamChild {

    public static void main(String[] args) throws Exception {
        Path offices = Path.of(args[0]);
        Path desks = Path.of(args[1]);
        Path events = Path.of(args[2]);
        String jdbcUrl = args[3];
        Path checkpoints = Path.of(args[4]);
        double rate = Double.parseDouble(args[5]);

        LocalFlink.latestCheckpoint(checkpoints).ifPresent(chk -> System.out.println("RESUMING FROM " + chk));
        StayRules rules = new StayRules(RegistryLookup.of(OfficeRegistryCsv.read(offices).rows(),
                DeskCsv.read(desks).rows()), StuckThresholds.defaults(), true);
        StreamExecutionEnvironment env = LocalFlink.environment(2,
                CheckpointSettings.under(checkpoints).withInterval(Duration.ofMillis(500)), true);
        MovementWorkflow.build(env, FileLines.source(events, rate), FileLines.sourceName(events), rules,
                // One sink writer: the embedded engine misbehaves under concurrent INSERTs (reported to the lead).
                WorkflowSettings.defaults().withParallelism(2).withSinkParallelism(1),
                new ClickHouseSink(SinkSettings.defaults(jdbcUrl).withBatch(200, Duration.ofMillis(100))));
        env.execute("kill-and-restart child");
        System.out.println("CHILD FINISHED");
    }

    private StreamChild() {}
}
