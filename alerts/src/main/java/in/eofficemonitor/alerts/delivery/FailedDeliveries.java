package in.eofficemonitor.alerts.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deliveries that ended without a mail and need a person: per (report, recipient, period), no claim was SENT
 * or SKIPPED and the latest claim (leaving aside claims that yielded to another instance) ended FAILED — attempts
 * exhausted or the server refused — or UNCERTAIN, its sender died mid-send. A key that a later run is still
 * retrying is not here yet; one that a later run delivered is not here any more.
 *
 * @param failed how many keys ended FAILED, in all
 * @param uncertain how many ended UNCERTAIN (the mail may or may not have gone out)
 * @param latest the most recently updated of them, their latest claim each, newest first
 */
public record FailedDeliveries(long failed, long uncertain, List<DeliveryRecord> latest) {

    public FailedDeliveries {
        latest = List.copyOf(latest);
    }

    public static FailedDeliveries none() {
        return new FailedDeliveries(0, 0, List.of());
    }

    public long total() {
        return failed + uncertain;
    }

    /** The rule above over the latest state of every claim (the in-memory log; ClickHouse runs it as SQL). */
    public static FailedDeliveries of(List<DeliveryRecord> claims, int limit) {
        Map<DeliveryKey, List<DeliveryRecord>> byKey = new LinkedHashMap<>();
        claims.forEach(c -> byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
        List<DeliveryRecord> ended = new ArrayList<>();
        for (List<DeliveryRecord> key : byKey.values()) {
            if (key.stream().anyMatch(c -> c.status() == DeliveryStatus.SENT || c.status() == DeliveryStatus.SKIPPED)) {
                continue;
            }
            key.stream().filter(c -> c.status() != DeliveryStatus.YIELDED)
                    .max(Comparator.comparing(DeliveryRecord::claimedAt).thenComparing(DeliveryRecord::claimToken))
                    .filter(c -> c.status() == DeliveryStatus.FAILED || c.status() == DeliveryStatus.UNCERTAIN)
                    .ifPresent(ended::add);
        }
        ended.sort(Comparator.comparing(DeliveryRecord::updatedAt).reversed());
        long failed = ended.stream().filter(c -> c.status() == DeliveryStatus.FAILED).count();
        return new FailedDeliveries(failed, ended.size() - failed, ended.stream().limit(limit).toList());
    }
}
