package in.eofficemonitor.streamjobs.functions;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The time the stream has established, and the verdict on each event against it (docs/architecture.md, "Late
 * events"). An event more than the out-of-order bound before that time is {@link Verdict#LATE}. An event more than
 * {@code maxAhead} after it is held: it moves nothing. A held event is released when an event of <em>another
 * office</em> arrives that is also ahead and within {@code maxAhead} of it — two offices agree that time has jumped
 * (a feed resuming after an outage, a Monday after a quiet weekend): the stream's time then moves to the earliest
 * event of the jump and the held events are judged again, in their input order, before the confirming one. A held
 * event that no other office confirms within {@link #CONFIRM_WITHIN_EVENTS} events (or by the end of a bounded
 * input, or when more than {@link #MAX_HELD} events or {@link #MAX_HELD_WEIGHT} of raw lines are held) is let go as
 * {@link Verdict#FUTURE}: one office's wrong clock
 * (a typed year, a burst of lines from a PC with a bad date) never moves lateness or the watermarks.
 *
 * <p>A function of the events offered before, in their order, and of this object's state alone (no wall clock), so
 * a replay from a checkpoint decides exactly as the first run did. Not thread-safe; one per parser subtask.
 *
 * @param <T> what travels with an event (the raw line)
 */
public final class StreamClock<T> {

    /** How many events later a held event still confirms, or is confirmed by, another office's. */
    public static final long CONFIRM_WITHIN_EVENTS = 10_000;

    /** At most this many events are held; beyond it the oldest is let go as FUTURE. */
    public static final int MAX_HELD = 10_000;

    /**
     * At most this much of the held events' weight (their raw lines' length) is held, so that a hostile feed of long
     * far-future lines cannot grow the checkpoint without bound; beyond it the oldest is let go as FUTURE.
     */
    public static final long MAX_HELD_WEIGHT = 16L << 20;

    public enum Verdict { ON_TIME, LATE, FUTURE }

    /** An event the clock lets go: its verdict, and the stream's time after it. */
    public record Decision<T>(T item, Verdict verdict, long established) {}

    /** An event held for confirmation: its office, its ts, and the number of events offered when it came. */
    public record Held<T>(T item, String officeId, long ts, long offered) {}

    private final long boundMillis;
    private final long maxAheadMillis;
    private final ToLongFunction<T> weight;

    private long established = Long.MIN_VALUE;
    private long heldWeight;
    private long offered;
    private final List<Held<T>> held = new ArrayList<>();

    public StreamClock(long boundMillis, long maxAheadMillis) {
        this(boundMillis, maxAheadMillis, item -> 0);
    }

    /** @param weight how much holding an item costs (its raw line's length), against {@link #MAX_HELD_WEIGHT} */
    public StreamClock(long boundMillis, long maxAheadMillis, ToLongFunction<T> weight) {
        this.boundMillis = boundMillis;
        this.maxAheadMillis = maxAheadMillis;
        this.weight = weight;
    }

    /** Offers the next event; returns the events let go now, in order (none when this one is held). */
    public List<Decision<T>> offer(T item, String officeId, long ts) {
        offered++;
        if (held.isEmpty() && (established == Long.MIN_VALUE || ts - established <= maxAheadMillis)) {
            return List.of(judge(item, ts)); // the common case, without a list to grow
        }
        List<Decision<T>> out = new ArrayList<>(1);
        expire(out);
        if (established == Long.MIN_VALUE || ts - established <= maxAheadMillis) {
            out.add(judge(item, ts));
            return out;
        }
        boolean confirmed = false;
        long earliest = ts;
        for (Held<T> h : held) {
            if (Math.abs(h.ts() - ts) <= maxAheadMillis) {
                earliest = Math.min(earliest, h.ts());
                confirmed |= !h.officeId().equals(officeId);
            }
        }
        if (!confirmed) {
            held.add(new Held<>(item, officeId, ts, offered));
            heldWeight += weight.applyAsLong(item);
            while (held.size() > MAX_HELD || (heldWeight > MAX_HELD_WEIGHT && held.size() > 1)) {
                out.add(new Decision<>(release(0).item(), Verdict.FUTURE, established));
            }
            return out;
        }
        established = earliest;
        for (Iterator<Held<T>> it = held.iterator(); it.hasNext(); ) {
            Held<T> h = it.next();
            if (h.ts() - established <= maxAheadMillis) {
                it.remove();
                heldWeight -= weight.applyAsLong(h.item());
                out.add(judge(h.item(), h.ts()));
            }
        }
        out.add(judge(item, ts));
        return out;
    }

    /** The end of a bounded input: every event still held is let go as FUTURE. */
    public List<Decision<T>> drain() {
        List<Decision<T>> out = new ArrayList<>();
        for (Held<T> h : held) {
            out.add(new Decision<>(h.item(), Verdict.FUTURE, established));
        }
        held.clear();
        heldWeight = 0;
        return out;
    }

    private Held<T> release(int index) {
        Held<T> h = held.remove(index);
        heldWeight -= weight.applyAsLong(h.item());
        return h;
    }

    private Decision<T> judge(T item, long ts) {
        if (established != Long.MIN_VALUE && ts < established - boundMillis) {
            return new Decision<>(item, Verdict.LATE, established);
        }
        established = Math.max(established, ts);
        return new Decision<>(item, Verdict.ON_TIME, established);
    }

    private void expire(List<Decision<T>> out) {
        while (!held.isEmpty() && offered - held.getFirst().offered() > CONFIRM_WITHIN_EVENTS) {
            out.add(new Decision<>(release(0).item(), Verdict.FUTURE, established));
        }
    }

    /** The newest ts the stream has established; {@link Long#MIN_VALUE} before the first event. */
    public long established() {
        return established;
    }

    public long offered() {
        return offered;
    }

    /** The held events in input order, for a checkpoint. */
    public List<Held<T>> held() {
        return List.copyOf(held);
    }

    /** Restores the state a checkpoint held. */
    public void restore(long established, long offered, List<Held<T>> held) {
        this.established = established;
        this.offered = offered;
        this.held.clear();
        this.held.addAll(held);
        this.held.sort(java.util.Comparator.comparingLong(Held::offered));
        this.heldWeight = 0;
        for (Held<T> h : this.held) {
            this.heldWeight += weight.applyAsLong(h.item());
        }
    }
}
