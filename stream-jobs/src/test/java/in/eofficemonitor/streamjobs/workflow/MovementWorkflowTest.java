package in.eofficemonitor.streamjobs.workflow;

import static org.assertj.core.api.Assertions.assertThatCode;

import in.eofficemonitor.streamjobs.functions.StayRules;
import in.eofficemonitor.streamjobs.registry.RegistryLookup;
import in.eofficemonitor.streamjobs.simulator.LiveEventStream;
import in.eofficemonitor.streamjobs.simulator.NoiseOptions;
import in.eofficemonitor.streamjobs.source.SimulatorLines;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.time.Instant;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.Test;

class MovementWorkflowTest {

    /** Kryo serializes field by field through reflection; every type of the topology has a serializer of its own. */
    @Test
    void theTopologyNeedsNoGenericTypes() {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        SimulatorLines.Settings sim = SimulatorLines.Settings.of(new LiveEventStream.Config(7,
                Instant.parse("2026-11-02T04:30:00Z"), 0, 1e9, 1.0, NoiseOptions.demo()));
        StayRules rules = new StayRules(RegistryLookup.of(Map.of(), Map.of()), StuckThresholds.defaults(), true);
        MovementWorkflow.build(env, SimulatorLines.source(sim, 10), SimulatorLines.sourceName(sim), rules,
                WorkflowSettings.defaults().withParallelism(2).withSinkParallelism(1), new DiscardingSink<>());

        assertThatCode(env::getStreamGraph).doesNotThrowAnyException();
    }
}
