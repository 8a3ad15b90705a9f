package in.eofficemonitor.streamjobs.workflow;

import in.eofficemonitor.streamjobs.functions.FileMovementFunction;
import in.eofficemonitor.streamjobs.functions.FileTransitions;
import in.eofficemonitor.streamjobs.functions.ParseLines;
import in.eofficemonitor.streamjobs.functions.ParseLinesOperator;
import in.eofficemonitor.streamjobs.functions.StayRules;
import in.eofficemonitor.streamjobs.functions.StreamMaxWatermarks;
import in.eofficemonitor.streamjobs.records.InputLine;
import in.eofficemonitor.streamjobs.records.SequencedEvent;
import in.eofficemonitor.streamjobs.records.WarehouseRow;
import in.eofficemonitor.streamjobs.records.WarehouseRows;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The topology, from raw lines to warehouse rows; the caller plugs in the source (file, simulator, Kafka) and
 * the sink, so tests run it on bounded input.
 *
 * <pre>
 * source (p=1) → parse + validate + lateness (p=1) → event-time watermarks
 *   → keyBy(file_id) → dedup, order, rules, stuck timers (bad lines pass through as dead letters) → ClickHouse sink
 * </pre>
 *
 * The source and the parser run at parallelism 1 so that "late" and the watermarks are functions of one
 * input order (exactly-once in effect, docs/architecture.md). Every operator has a stable uid so that
 * checkpoints and savepoints survive changes to the code.
 */
public final class MovementWorkflow {

    private MovementWorkflow() {}

    public static void build(StreamExecutionEnvironment env, Source<InputLine, ?, ?> source, String sourceName,
            StayRules rules, WorkflowSettings settings, Sink<WarehouseRow> sink) {
        DataStream<InputLine> lines = env.fromSource(source, WatermarkStrategy.noWatermarks(), sourceName,
                        TypeInformation.of(InputLine.class))
                .uid("source-lines")
                .setParallelism(1);
        build(lines, rules, settings, sink);
    }

    /** The topology behind an existing stream of lines (e.g. a parallel Kafka source). */
    public static void build(DataStream<InputLine> lines, StayRules rules, WorkflowSettings settings,
            Sink<WarehouseRow> sink) {
        int sourceParallelism = lines.getParallelism();
        SingleOutputStreamOperator<SequencedEvent> parsed = lines
                .transform("parse and validate lines", TypeInformation.of(SequencedEvent.class),
                        new ParseLinesOperator(new ParseLines(settings.outOfOrderBound(), settings.maxAhead())))
                .uid("parse-lines")
                .setParallelism(sourceParallelism);
        DataStream<SequencedEvent> timed = parsed
                .assignTimestampsAndWatermarks(new StreamMaxWatermarks(settings.outOfOrderBound(), settings.watermarkStep()))
                .name("event-time watermarks")
                .uid("watermarks")
                .setParallelism(sourceParallelism);
        KeySelector<SequencedEvent, String> byFile = SequencedEvent::key;
        DataStream<WarehouseRow> rows = timed
                .keyBy(byFile, Types.STRING)
                .process(new FileMovementFunction(new FileTransitions(rules), settings.dedupRetention(),
                        settings.watermarkStep()), WarehouseRows.TYPE)
                .name("per-file state: dedup, order, rules, stuck timers")
                .uid("file-movements")
                .setParallelism(settings.parallelism());
        rows.sinkTo(sink)
                .name("ClickHouse sink")
                .uid("clickhouse-sink")
                .setParallelism(settings.sinkParallelism());
    }
}
