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
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
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
 * <p>Timers are set on the grid the watermarks move on ({@code timerStep}: the watermarks are always one
 * millisecond before a multiple of it, {@link StreamMaxWatermarks}): a timer at the first grid point at or after an
 * instant fires on exactly the watermark a timer at the instant itself would fire on, so the rows are the same,
 * while a file's events of one step share a timer and the timer queue holds fewer entries.
 *
 * <p>The end of a bounded input (import) advances the watermark to the end of time; stays still open then are
 * not declared stuck at thresholds the data never reached (desk_visits.stuck_at still tells when they would be).
 */
public class FileMovementFunction extends KeyedProcessFunction<String, SequencedEvent, WarehouseRow> {

    private static final Comparator<SequencedEvent> EVENT_ORDER =
            Comparator.comparingLong(SequencedEvent::tsMillis).thenComparing(e -> e.event().eventId());

    private final FileTransitions transitions;
    private final Duration dedupRetention;
    private final long timerStep;

    private transient ValueState<FileState> file;
    private transient ValueState<byte[]> seenEventIds;
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
        this(transitions, dedupRetention, Duration.ofMillis(1));
    }

    /**
     * @param timerStep the step of the watermarks ({@link StreamMaxWatermarks}); 1 ms sets every timer at its
     *     exact instant, for watermarks at any instant
     */
    public FileMovementFunction(FileTransitions transitions, Duration dedupRetention, Duration timerStep) {
        this.transitions = transitions;
        this.dedupRetention = dedupRetention;
        this.timerStep = Math.max(1, timerStep.toMillis());
    }

    @Override
    public void open(OpenContext openContext) {
        file = getRuntimeContext().getState(new ValueStateDescriptor<>("file", TypeInformation.of(FileState.class)));
        // The file's event ids in one small array (EventIdSet), with one time-to-live for the whole set, renewed by
        // every new id: an id is remembered at least dedupRetention after it was first seen. A map state with a TTL
        // per id cost a TTL wrapper per entry and a copy of the whole map for every entry its background cleanup
        // looked at.
        ValueStateDescriptor<byte[]> seen =
                new ValueStateDescriptor<>("seen-ids", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
        seen.enableTimeToLive(StateTtlConfig.newBuilder(dedupRetention)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                // Expired sets are found by a background walk over the state, one entry per access here (Flink's
                // default is five): two accesses per event still pass over every file many times a day.
                .cleanupIncrementally(1, false)
                .build());
        seenEventIds = getRuntimeContext().getState(seen);
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
        byte[] seen = seenEventIds.value();
        byte[] id = EventIdSet.encode(eventId);
        if (EventIdSet.contains(seen, id)) {
            duplicates.inc();
            out.collect(new DuplicateRow(in.source(), in.position(), eventId, in.event().fileId(), in.event().ts(),
                    Instant.now()));
            return;
        }
        if (in.parseRejection() != null) {
            // Refused by the stream's clock (FUTURE_TS): kept raw with its event and file ids, for a re-import.
            deadLetters.inc();
            out.collect(deadLetter(in, in.parseRejection(), in.parseDetail()));
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
        seenEventIds.update(EventIdSet.with(seen, id));
        pending.add(in);
        ctx.timerService().registerEventTimeTimer(onGrid(in.tsMillis()));
    }

    /** The first instant at or after {@code t} that a watermark can take: one millisecond before a step. */
    private long onGrid(long t) {
        if (timerStep == 1) {
            return t;
        }
        return Math.floorDiv(t + timerStep, timerStep) * timerStep - 1;
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
            boolean timerDeleted = false;
            for (SequencedEvent e : due) {
                FileTransitions.Result r = transitions.apply(state, e, now, out::collect);
                if (r.accepted()) {
                    accepted.inc();
                    FileState next = r.next();
                    boolean newStay = !next.closed() && next.arrivedEventId().equals(e.event().eventId());
                    if (state != null && !state.closed() && (newStay || next.closed())) {
                        // The stay this event ends has a timer at its threshold. Fired, it would find the stay
                        // gone and write nothing; deleted now, it costs no state lookups later and no place in
                        // the timer queue (which then holds about one timer per open file).
                        ctx.timerService().deleteEventTimeTimer(onGrid(state.effectiveStuckAt().toEpochMilli()));
                        timerDeleted = true;
                    }
                    if (newStay) {
                        ctx.timerService().registerEventTimeTimer(onGrid(next.effectiveStuckAt().toEpochMilli()));
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
                if (timerDeleted) {
                    // A deleted threshold timer may have shared its instant with a waiting event's (timers of one
                    // key and instant are one timer): set those again (setting an existing timer changes nothing).
                    for (SequencedEvent e : later) {
                        ctx.timerService().registerEventTimeTimer(onGrid(e.tsMillis()));
                    }
                }
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
