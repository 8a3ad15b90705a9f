package in.eofficemonitor.streamjobs.functions;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.records.DeadLetterRow;
import in.eofficemonitor.streamjobs.records.DuplicateRow;
import in.eofficemonitor.streamjobs.records.FileState;
import in.eofficemonitor.streamjobs.records.SequencedEvent;
import in.eofficemonitor.streamjobs.records.WarehouseRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Per file (keyed by file_id): drops repeated event ids, holds events until the watermark passes them so they
 * apply in (ts, event_id) order, applies the DESIGN §3 rules ({@link FileTransitions}) and keeps an event-time
 * timer at the current stay's stuck threshold.
 *
 * <p>Timers do two jobs: one at each buffered event's ts releases the events up to it, in order; one at each
 * stay's stuck threshold writes BECAME_STUCK if the file is still there. When both fall on the same instant,
 * events are released first: a file that moves exactly at its threshold was never stuck.
 *
 * <p>The end of a bounded input (import) advances the watermark to the end of time; stays still open then are
 * not declared stuck at thresholds the data never reached (desk_visits.stuck_at still tells when they would be).
 */
public class FileMovementFunction extends KeyedProcessFunction<String, SequencedEvent, WarehouseRow> {

    private static final Comparator<SequencedEvent> EVENT_ORDER =
            Comparator.comparingLong(SequencedEvent::tsMillis).thenComparing(e -> e.event().eventId());

    private final FileTransitions transitions;
    private final Duration dedupRetention;

    private transient ValueState<FileState> file;
    private transient MapState<String, Boolean> seenEventIds;
    private transient ListState<SequencedEvent> pending;
    private transient Counter eventsIn;
    private transient Counter accepted;
    private transient Counter duplicates;
    private transient Counter rejected;
    private transient Counter late;
    private transient Counter becameStuck;
    private transient Counter deadLetters;

    /**
     * @param dedupRetention how long an event id is remembered after it was first seen (processing time): the
     *     longest a source may take to deliver the same event again
     */
    public FileMovementFunction(FileTransitions transitions, Duration dedupRetention) {
        this.transitions = transitions;
        this.dedupRetention = dedupRetention;
    }

    @Override
    public void open(OpenContext openContext) {
        file = getRuntimeContext().getState(new ValueStateDescriptor<>("file", TypeInformation.of(FileState.class)));
        MapStateDescriptor<String, Boolean> seen = new MapStateDescriptor<>("seen-event-ids", Types.STRING, Types.BOOLEAN);
        seen.enableTimeToLive(StateTtlConfig.newBuilder(dedupRetention)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        seenEventIds = getRuntimeContext().getMapState(seen);
        pending = getRuntimeContext().getListState(
                new ListStateDescriptor<>("pending-events", TypeInformation.of(SequencedEvent.class)));
        var metrics = getRuntimeContext().getMetricGroup();
        eventsIn = metrics.counter("eventsIn");
        accepted = metrics.counter("eventsAccepted");
        duplicates = metrics.counter("duplicates");
        rejected = metrics.counter("transitionsRejected");
        late = metrics.counter("lateEvents");
        becameStuck = metrics.counter("becameStuck");
        // Every dead letter leaves through this operator (parse rejections pass through it), so it counts them all.
        deadLetters = metrics.counter("deadLetters");
        metrics.meter("eventsAcceptedPerSecond", new MeterView(accepted));
        metrics.meter("deadLettersPerSecond", new MeterView(deadLetters));
    }

    @Override
    public void processElement(SequencedEvent in, Context ctx, Collector<WarehouseRow> out) throws Exception {
        if (!in.parsed()) {
            deadLetters.inc();
            out.collect(new DeadLetterRow(in.source(), in.position(), in.parseRejection(), in.parseDetail(), in.raw(),
                    "", "", Instant.now()));
            return;
        }
        eventsIn.inc();
        String eventId = in.event().eventId();
        // A redelivered copy is a duplicate even when it also arrives late: checked first.
        if (seenEventIds.contains(eventId)) {
            duplicates.inc();
            out.collect(new DuplicateRow(in.source(), in.position(), eventId, in.event().fileId(), in.event().ts(),
                    Instant.now()));
            return;
        }
        if (in.late()) {
            late.inc();
            deadLetters.inc();
            out.collect(deadLetter(in, RejectionReason.LATE,
                    "ts " + in.event().ts() + " is older than the out-of-order bound allows; the stream had reached "
                            + Instant.ofEpochMilli(in.streamMaxTs())));
            return;
        }
        seenEventIds.put(eventId, Boolean.TRUE);
        pending.add(in);
        ctx.timerService().registerEventTimeTimer(in.tsMillis());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<WarehouseRow> out) throws Exception {
        FileState state = file.value();
        FileState before = state;
        List<SequencedEvent> due = new ArrayList<>();
        List<SequencedEvent> later = new ArrayList<>();
        for (SequencedEvent e : pending.get()) {
            (e.tsMillis() <= timestamp ? due : later).add(e);
        }
        if (!due.isEmpty()) {
            due.sort(EVENT_ORDER);
            Instant now = Instant.now();
            for (SequencedEvent e : due) {
                FileTransitions.Result r = transitions.apply(state, e, now, out::collect);
                if (r.accepted()) {
                    accepted.inc();
                    FileState next = r.next();
                    if (!next.closed() && next.arrivedEventId().equals(e.event().eventId())) {
                        ctx.timerService().registerEventTimeTimer(next.effectiveStuckAt().toEpochMilli());
                    }
                    state = next;
                } else {
                    rejected.inc();
                    deadLetters.inc();
                    out.collect(deadLetter(e, r.rejection(), r.detail()));
                }
            }
            if (later.isEmpty()) {
                pending.clear();
            } else {
                pending.update(later);
            }
        }
        if (ctx.timerService().currentWatermark() != Long.MAX_VALUE) {
            FileState checked = transitions.thresholdReached(state, timestamp, out::collect);
            if (checked != state) {
                becameStuck.inc();
                state = checked;
            }
        }
        if (state != before) {
            file.update(state);
        }
    }

    private static DeadLetterRow deadLetter(SequencedEvent in, RejectionReason reason, String detail) {
        return new DeadLetterRow(in.source(), in.position(), reason, detail, in.raw(), in.event().eventId(),
                in.event().fileId(), Instant.now());
    }
}
