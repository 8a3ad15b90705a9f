package in.eofficemonitor.alerts.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claim protocol of {@link AppendOnlyDeliveryLog} over a list in memory, for tests of the delivery and
 * scheduling logic; the ClickHouse store is tested against the real engine in ClickHouseDeliveryLogIT.
 * Shared by two "instances" in a test, it stands for one warehouse seen by two app instances.
 */
public final class InMemoryDeliveryLog extends AppendOnlyDeliveryLog {

    private record Row(DeliveryKey key, String token, String instance, DeliveryStatus status, int attempts, String email,
                       String messageId, String error, Instant claimedAt, Instant updatedAt, long seq) {}

    private final List<Row> rows = new ArrayList<>();
    private final Clock clock;
    private long seq;

    public InMemoryDeliveryLog(Clock clock) {
        super(Duration.ZERO);
        this.clock = clock;
    }

    @Override
    protected synchronized void append(DeliveryKey key, String token, String instance, DeliveryStatus status, int attempts,
                                       String email, String messageId, String error, Instant claimedAt) {
        // A nanosecond per row keeps insertion order even on a clock the test has stopped (a real server's clock
        // moves; with ties a later claim could otherwise sort before one that already decided).
        Instant now = clock.instant().plusNanos(seq++);
        rows.add(new Row(key, token, instance, status, attempts, email, messageId, error, claimedAt == null ? now : claimedAt, now, seq));
    }

    @Override
    protected synchronized Snapshot snapshot(DeliveryKey key) {
        return new Snapshot(latest(rows.stream().filter(r -> r.key().equals(key)).toList()), clock.instant());
    }

    private static List<DeliveryRecord> latest(List<Row> rows) {
        Map<String, Row> last = new LinkedHashMap<>();
        for (Row r : rows) {
            last.put(r.token(), r);
        }
        return last.values().stream()
                .map(r -> new DeliveryRecord(r.key(), r.token(), r.instance(), r.status(), r.attempts(), r.email(), r.messageId(),
                        r.error(), r.claimedAt(), r.updatedAt()))
                .sorted(Comparator.comparing(DeliveryRecord::claimedAt).thenComparing(DeliveryRecord::claimToken))
                .toList();
    }

    @Override
    public synchronized List<DeliveryRecord> history(DeliveryKey key) {
        return snapshot(key).latest();
    }

    @Override
    public synchronized List<DeliveryRecord> recent(int limit) {
        List<DeliveryRecord> all = new ArrayList<>(latest(rows));
        all.sort(Comparator.comparing(DeliveryRecord::updatedAt).reversed());
        return all.stream().limit(limit).toList();
    }

    public synchronized int rowCount() {
        return rows.size();
    }
}
