package in.eofficemonitor.alerts.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The delivery log and its claim protocol (docs/alerts.md, "Delivery guarantee"); see {@link ClaimArbiter}
 * for the rules and {@link AppendOnlyDeliveryLog} for how they run on a store without transactions.
 */
public interface DeliveryLog {

    /** Tries to become the one sender of {@code key}; empty if already delivered or claimed by someone alive. */
    Optional<Claim> claim(DeliveryKey key, String email, String instance, Duration lease);

    /** One key to claim, with the address the mail will go to. */
    record ClaimRequest(DeliveryKey key, String email) {}

    /** What a claim attempt came to: the claim if this instance won it, else whether the key is already done. */
    record ClaimResult(Optional<Claim> claim, boolean done) {}

    /**
     * Claims many keys at once (a whole Monday run): the same protocol with one read, one write, one settle and
     * one read back for all of them, instead of a settle per mail.
     */
    default java.util.Map<DeliveryKey, ClaimResult> claimAll(List<ClaimRequest> requests, String instance, Duration lease) {
        java.util.Map<DeliveryKey, ClaimResult> out = new java.util.LinkedHashMap<>();
        for (ClaimRequest r : requests) {
            Optional<Claim> c = claim(r.key(), r.email(), instance, lease);
            out.put(r.key(), new ClaimResult(c, c.isEmpty() && history(r.key()).stream().anyMatch(h -> h.status().blocksNewClaims())));
        }
        return out;
    }

    /** Appends the next state of a claim (keeps the lease alive). */
    void record(Claim claim, DeliveryStatus status, int attempts, String messageId, String error);

    /** Latest state of every claim of a key, oldest claim first. */
    List<DeliveryRecord> history(DeliveryKey key);

    /** The newest {@code limit} claims, newest first, each in its latest state: the dashboard's table. */
    List<DeliveryRecord> recent(int limit);

    /**
     * The deliveries that ended without a mail ({@link FailedDeliveries}): counted in all, however many the
     * dashboard's table of recent claims has room for, and the newest {@code limit} of them.
     */
    default FailedDeliveries failures(int limit) {
        return FailedDeliveries.of(recent(Integer.MAX_VALUE), limit);
    }

    /** A claim this instance holds. */
    record Claim(DeliveryKey key, String token, String instance, String email, java.time.Instant claimedAt) {}
}
