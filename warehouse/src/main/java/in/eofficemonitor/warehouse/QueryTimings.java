package in.eofficemonitor.warehouse;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.atomic.LongAccumulator;

/** Counts and times of the named queries run so far, per name; a {@link QueryListener} every warehouse has. */
public final class QueryTimings implements QueryListener {

    /** What is known of one query name. */
    public record Timing(long count, long failures, Duration total, Duration max) {
        public Duration mean() {
            return count == 0 ? Duration.ZERO : total.dividedBy(count);
        }
    }

    private static final class Cell {
        final LongAdder count = new LongAdder();
        final LongAdder failures = new LongAdder();
        final LongAdder nanos = new LongAdder();
        final LongAccumulator max = new LongAccumulator(Math::max, 0);
    }

    private final Map<String, Cell> cells = new ConcurrentHashMap<>();

    @Override
    public void queryFinished(String name, Duration elapsed, int rows, Throwable failure) {
        Cell cell = cells.computeIfAbsent(name, n -> new Cell());
        cell.count.increment();
        if (failure != null) {
            cell.failures.increment();
        }
        cell.nanos.add(elapsed.toNanos());
        cell.max.accumulate(elapsed.toNanos());
    }

    /** A snapshot, sorted by query name. */
    public Map<String, Timing> snapshot() {
        Map<String, Timing> out = new TreeMap<>();
        cells.forEach((name, c) -> out.put(name, new Timing(c.count.sum(), c.failures.sum(),
                Duration.ofNanos(c.nanos.sum()), Duration.ofNanos(c.max.get()))));
        return out;
    }
}
