package in.eofficemonitor.streamjobs.functions;

import in.eofficemonitor.streamjobs.contract.EventLineParser;
import in.eofficemonitor.streamjobs.contract.ParseResult;
import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.records.InputLine;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.streamjobs.records.SequencedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple7;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Parses every line with the shared {@link EventLineParser}; bad lines travel on as rejections (the per-file
 * operator writes them to the dead letters) and never stop the job. Runs right behind the source, in source order,
 * and judges each event against the time the stream has established there ({@link StreamClock}): more than the
 * out-of-order bound before it is late; more than {@code maxAhead} after it is held until a second office confirms
 * the jump, else FUTURE_TS. The clock's state (its time, and the held lines) is checkpointed, so after a restart the
 * replayed lines are judged exactly as before. Run it through {@link ParseLinesOperator}, which lets the held lines
 * go at the end of a bounded input.
 */
public class ParseLines extends ProcessFunction<InputLine, SequencedEvent> implements CheckpointedFunction {

    private final long boundMillis;
    private final long maxAheadMillis;

    /** A parsed line on its way through the clock (a checkpoint keeps only the line; parsing it again gives the event). */
    private record Parsed(InputLine line, MovementEvent event) {}

    private transient StreamClock<Parsed> clock;
    private transient ListState<Long> streamMaxState;
    private transient ListState<Tuple2<Integer, Long>> offeredState;
    private transient ListState<Tuple7<Integer, String, String, String, String, Long, Long>> heldState;
    private transient Counter linesIn;
    private transient Counter parseRejected;
    private transient Counter future;

    public ParseLines(Duration outOfOrderBound, Duration maxAhead) {
        this.boundMillis = outOfOrderBound.toMillis();
        this.maxAheadMillis = maxAhead.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        var metrics = getRuntimeContext().getMetricGroup();
        linesIn = metrics.counter("linesIn");
        metrics.meter("linesInPerSecond", new MeterView(linesIn));
        parseRejected = metrics.counter("linesRejectedByParser");
        future = metrics.counter("futureEvents");
        metrics.gauge("eventsHeldAhead", () -> clock.held().size());
    }

    @Override
    public void processElement(InputLine line, Context ctx, Collector<SequencedEvent> out) {
        linesIn.inc();
        if (line.rejection() != null) {
            parseRejected.inc();
            out.collect(SequencedEvent.rejected(line, line.rejection(), line.detail()));
            return;
        }
        switch (EventLineParser.parse(line.raw())) {
            case ParseResult.Accepted(MovementEvent event) ->
                    emit(clock.offer(new Parsed(line, event), event.officeId(), event.ts().toEpochMilli()), out);
            case ParseResult.Rejected r -> {
                parseRejected.inc();
                out.collect(SequencedEvent.rejected(line, r.reason(), r.detail()));
            }
        }
    }

    /** The end of a bounded input: what no other office confirmed is FUTURE_TS. */
    void drain(Collector<SequencedEvent> out) {
        emit(clock.drain(), out);
    }

    private void emit(List<StreamClock.Decision<Parsed>> decisions, Collector<SequencedEvent> out) {
        for (StreamClock.Decision<Parsed> d : decisions) {
            InputLine line = d.item().line();
            MovementEvent event = d.item().event();
            if (d.verdict() == StreamClock.Verdict.FUTURE) {
                future.inc();
                out.collect(SequencedEvent.refused(event, line, d.established(), RejectionReason.FUTURE_TS,
                        "ts " + event.ts() + " of office " + event.officeId() + " is more than "
                                + Duration.ofMillis(maxAheadMillis) + " after the time the stream had established ("
                                + Instant.ofEpochMilli(d.established()) + ") and no other office confirmed it"));
            } else {
                out.collect(new SequencedEvent(event, line.source(), line.position(), line.raw(), d.established(),
                        d.verdict() == StreamClock.Verdict.LATE));
            }
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        int me = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
        streamMaxState.update(List.of(clock.established()));
        offeredState.update(List.of(Tuple2.of(me, clock.offered())));
        List<Tuple7<Integer, String, String, String, String, Long, Long>> held = new ArrayList<>();
        for (StreamClock.Held<Parsed> h : clock.held()) {
            InputLine l = h.item().line();
            held.add(Tuple7.of(me, l.source(), l.position(), l.raw(), h.officeId(), h.ts(), h.offered()));
        }
        heldState.update(held);
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        // Union: with a parallel source each reader judges its own share; on restore every subtask takes the max of
        // the established times, and the count and held lines of the subtask with its index.
        var store = context.getOperatorStateStore();
        streamMaxState = store.getUnionListState(new ListStateDescriptor<>("stream-max-ts", Types.LONG));
        offeredState = store.getUnionListState(new ListStateDescriptor<>("stream-clock-offered",
                Types.TUPLE(Types.INT, Types.LONG)));
        heldState = store.getUnionListState(new ListStateDescriptor<>("stream-clock-held",
                Types.TUPLE(Types.INT, Types.STRING, Types.STRING, Types.STRING, Types.STRING, Types.LONG, Types.LONG)));
        int me = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
        long established = Long.MIN_VALUE;
        for (Long v : streamMaxState.get()) {
            established = Math.max(established, v);
        }
        long offered = 0;
        for (Tuple2<Integer, Long> o : offeredState.get()) {
            if (o.f0 == me) {
                offered = o.f1;
            }
        }
        List<StreamClock.Held<Parsed>> held = new ArrayList<>();
        for (Tuple7<Integer, String, String, String, String, Long, Long> h : heldState.get()) {
            if (h.f0 == me) {
                // Held lines are checkpointed raw, as they came; parsing one again gives the same event.
                InputLine line = new InputLine(h.f1, h.f2, h.f3);
                MovementEvent event = ((ParseResult.Accepted) EventLineParser.parse(line.raw())).event();
                held.add(new StreamClock.Held<>(new Parsed(line, event), h.f4, h.f5, h.f6));
            }
        }
        clock = new StreamClock<>(boundMillis, maxAheadMillis, p -> p.line().raw().length());
        clock.restore(established, offered, held);
    }
}
