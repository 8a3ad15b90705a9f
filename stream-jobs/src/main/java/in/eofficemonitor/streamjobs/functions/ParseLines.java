package in.eofficemonitor.streamjobs.functions;

import in.eofficemonitor.streamjobs.contract.EventLineParser;
import in.eofficemonitor.streamjobs.contract.ParseResult;
import in.eofficemonitor.streamjobs.records.InputLine;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.streamjobs.records.SequencedEvent;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Parses every line with the shared {@link EventLineParser}; bad lines travel on as rejections (the per-file
 * operator writes them to the dead letters) and never stop the job. Runs right behind the source, in source order, and decides lateness there: an event is
 * late when its ts is more than the out-of-order bound before the newest ts of the lines before it. The newest
 * ts is checkpointed, so after a restart the replayed lines are judged exactly as before.
 */
public class ParseLines extends ProcessFunction<InputLine, SequencedEvent> implements CheckpointedFunction {

    private final long boundMillis;

    private transient long streamMaxTs;
    private transient ListState<Long> streamMaxState;
    private transient Counter linesIn;
    private transient Counter parseRejected;

    public ParseLines(Duration outOfOrderBound) {
        this.boundMillis = outOfOrderBound.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        var metrics = getRuntimeContext().getMetricGroup();
        linesIn = metrics.counter("linesIn");
        metrics.meter("linesInPerSecond", new MeterView(linesIn));
        parseRejected = metrics.counter("linesRejectedByParser");
    }

    @Override
    public void processElement(InputLine line, Context ctx, Collector<SequencedEvent> out) {
        linesIn.inc();
        ParseResult result = EventLineParser.parse(line.raw());
        switch (result) {
            case ParseResult.Accepted(MovementEvent event) -> {
                long ts = event.ts().toEpochMilli();
                boolean late = streamMaxTs != Long.MIN_VALUE && ts < streamMaxTs - boundMillis;
                if (ts > streamMaxTs) {
                    streamMaxTs = ts;
                }
                out.collect(new SequencedEvent(event, line.source(), line.position(), line.raw(), streamMaxTs, late));
            }
            case ParseResult.Rejected r -> {
                parseRejected.inc();
                out.collect(SequencedEvent.rejected(line, r.reason(), r.detail()));
            }
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        streamMaxState.update(java.util.List.of(streamMaxTs));
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        // Union: with a parallel source each reader judges its own share; on rescale every subtask takes the max.
        streamMaxState = context.getOperatorStateStore()
                .getUnionListState(new ListStateDescriptor<>("stream-max-ts", Types.LONG));
        streamMaxTs = Long.MIN_VALUE;
        for (Long v : streamMaxState.get()) {
            streamMaxTs = Math.max(streamMaxTs, v);
        }
    }
}
