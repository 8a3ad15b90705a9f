package in.eofficemonitor.dashboard.audit;

import in.eofficemonitor.warehouse.audit.AuditEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes audit entries to the warehouse without making the request that caused them wait: {@link #record} only
 * queues the entry; one writer thread sends what has queued up every {@code flushEvery} (or as soon as a batch is
 * full) in one insert. A batch the warehouse refused is kept and sent again with the next one, so an outage of a
 * few minutes loses nothing; {@link #close} (at shutdown, before the warehouse closes) sends everything still
 * queued. Only a full queue drops entries — counted in {@code eoffice.audit.dropped} and logged — since blocking a
 * login on an unreachable warehouse would be worse.
 */
public final class AuditTrail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    public static final int BATCH = 500;

    private final BlockingQueue<AuditEntry> queue;
    private final Consumer<List<AuditEntry>> sink;
    private final Duration flushEvery;
    private final List<AuditEntry> unsent = new ArrayList<>();
    private final Counter written;
    private final Counter dropped;
    private final Thread writer;
    private volatile boolean closing;

    /**
     * @param sink writes one batch (the warehouse's audit log); throws when it could not
     * @param capacity the most entries held while the warehouse does not take them
     */
    public AuditTrail(Consumer<List<AuditEntry>> sink, int capacity, Duration flushEvery, MeterRegistry meters) {
        this.sink = sink;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.flushEvery = flushEvery;
        this.written = Counter.builder("eoffice.audit.written").description("Audit entries written to the warehouse")
                .register(meters);
        this.dropped = Counter.builder("eoffice.audit.dropped")
                .description("Audit entries lost because the queue was full (the warehouse did not take them)")
                .register(meters);
        Gauge.builder("eoffice.audit.queued", queue, BlockingQueue::size)
                .description("Audit entries waiting to be written").register(meters);
        this.writer = Thread.ofPlatform().name("audit-writer").daemon().start(this::run);
    }

    /** Queues one entry; never waits. */
    public void record(AuditEntry entry) {
        if (!queue.offer(entry)) {
            dropped.increment();
            // No user name here: it may be whatever someone typed into the login form.
            LOG.error("Audit queue full ({} entries): lost a {} entry", queue.size(), entry.action());
        } else if (closing) {
            flush();
        }
    }

    private void run() {
        long due = System.nanoTime() + flushEvery.toNanos();
        while (!closing) {
            try {
                // Short naps rather than one long wait, so close() never waits longer than one nap for this thread.
                Thread.sleep(Math.min(100, flushEvery.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (queue.size() >= BATCH || System.nanoTime() - due >= 0) {
                flush();
                due = System.nanoTime() + flushEvery.toNanos();
            }
        }
    }

    /** Sends the unsent entries and everything queued, a batch at a time; keeps them if the warehouse refuses. */
    private synchronized void flush() {
        while (true) {
            queue.drainTo(unsent, BATCH - unsent.size());
            if (unsent.isEmpty()) {
                return;
            }
            try {
                sink.accept(List.copyOf(unsent));
            } catch (RuntimeException e) {
                LOG.warn("Writing {} audit entries failed, kept for the next try: {}", unsent.size(), e.getMessage());
                // Beyond one batch the queue itself holds them (and drops past its capacity).
                return;
            }
            written.increment(unsent.size());
            unsent.clear();
        }
    }

    /** Stops the writer and sends what is left; entries recorded after this are written at once. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
        if (!unsent.isEmpty() || !queue.isEmpty()) {
            LOG.error("{} audit entries could not be written before shutdown", unsent.size() + queue.size());
        }
    }

    /** Entries waiting to be written (queued, or kept from a refused batch). */
    public synchronized int pending() {
        return unsent.size() + queue.size();
    }
}
