package in.eofficemonitor.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.warehouse.audit.AuditEntry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The queue between a login and the warehouse: recording never waits for the writer, entries go out in batches,
 * a refused batch is sent again, and closing sends everything still queued.
 */
class AuditTrailTest {

    private static AuditEntry entry(int i) {
        return new AuditEntry(Instant.parse("2026-12-07T04:30:00Z").plusSeconds(i), "user-" + i, "LOGIN", "", "", "",
                OptionalLong.empty(), "", "127.0.0.1");
    }

    /** A warehouse that takes {@code millis} per insert, as a slow or far one would. */
    private static Consumer<List<AuditEntry>> slowSink(List<List<AuditEntry>> batches, long millis) {
        return batch -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            batches.add(batch);
        };
    }

    @Test
    void recordingDoesNotWaitForASlowWarehouseAndCloseSendsEverythingInFewBatches() {
        List<List<AuditEntry>> batches = new CopyOnWriteArrayList<>();
        AuditTrail trail = new AuditTrail(slowSink(batches, 500), 10_000, Duration.ofMillis(100), new SimpleMeterRegistry());

        long start = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            trail.record(entry(i));
        }
        Duration recording = Duration.ofNanos(System.nanoTime() - start);
        trail.close();

        assertThat(recording).as("2,000 entries queued while each insert takes 500 ms").isLessThan(Duration.ofSeconds(2));
        List<AuditEntry> written = batches.stream().flatMap(List::stream).toList();
        assertThat(written).hasSize(2_000).doesNotHaveDuplicates();
        assertThat(written).extracting(AuditEntry::user).startsWith("user-0", "user-1").endsWith("user-1999");
        assertThat(batches.size()).as("at most %d rows per insert", AuditTrail.BATCH).isBetween(4, 10);
        assertThat(trail.pending()).isZero();
    }

    @Test
    void aBatchTheWarehouseRefusedIsSentAgainWithNothingLost() throws InterruptedException {
        List<List<AuditEntry>> batches = new CopyOnWriteArrayList<>();
        AtomicInteger refusals = new AtomicInteger(2);
        AuditTrail trail = new AuditTrail(batch -> {
            if (refusals.getAndDecrement() > 0) {
                throw new IllegalStateException("warehouse not reachable");
            }
            batches.add(batch);
        }, 1_000, Duration.ofMillis(50), new SimpleMeterRegistry());

        trail.record(entry(1));
        trail.record(entry(2));
        Thread.sleep(600);
        trail.record(entry(3));
        trail.close();

        assertThat(batches.stream().flatMap(List::stream).map(AuditEntry::user))
                .containsExactly("user-1", "user-2", "user-3");
    }

    @Test
    void entriesWrittenAfterCloseAreNotLost() {
        List<List<AuditEntry>> batches = new CopyOnWriteArrayList<>();
        AuditTrail trail = new AuditTrail(batches::add, 100, Duration.ofMillis(50), new SimpleMeterRegistry());
        trail.close();

        trail.record(entry(7));

        assertThat(batches.stream().flatMap(List::stream).map(AuditEntry::user)).containsExactly("user-7");
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlocking() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        List<List<AuditEntry>> batches = new ArrayList<>();
        AuditTrail trail = new AuditTrail(batch -> {
            throw new IllegalStateException("down");
        }, 10, Duration.ofSeconds(60), meters);

        for (int i = 0; i < 25; i++) {
            trail.record(entry(i));
        }

        assertThat(meters.counter("eoffice.audit.dropped").count()).isGreaterThanOrEqualTo(14);
        trail.close();
        assertThat(batches).isEmpty();
    }
}
