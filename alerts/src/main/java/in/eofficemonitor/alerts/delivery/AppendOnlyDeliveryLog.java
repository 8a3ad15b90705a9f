package in.eofficemonitor.alerts.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The claim protocol on an append-only store with no transactions (ClickHouse): every state change is a
 * new row; a claim is "insert, wait a moment, read back, the earliest alive claim wins". The wait lets a
 * competing insert that started at the same time become visible before anyone decides; both competitors
 * then see both claims and agree on the same winner. Timestamps come from the store's clock, one clock
 * for every instance, so instances with skewed clocks still agree on "earliest".
 */
public abstract class AppendOnlyDeliveryLog implements DeliveryLog {

    /** The latest row of each claim of a key, and the store's clock at the time of reading. */
    protected record Snapshot(List<DeliveryRecord> latest, Instant now) {}

    private final Duration settle;

    protected AppendOnlyDeliveryLog(Duration settle) {
        this.settle = settle;
    }

    /** Appends a row; {@code claimedAt} null means "the store's now" (a new claim). */
    protected abstract void append(DeliveryKey key, String token, String instance, DeliveryStatus status, int attempts,
                                   String email, String messageId, String error, Instant claimedAt);

    protected abstract Snapshot snapshot(DeliveryKey key);

    @Override
    public Optional<Claim> claim(DeliveryKey key, String email, String instance, Duration lease) {
        Snapshot before = snapshot(key);
        ClaimArbiter.Decision pre = ClaimArbiter.beforeClaim(before.latest(), before.now(), lease);
        markUncertain(pre.toMarkUncertain());
        if (!pre.mayClaim()) {
            return Optional.empty();
        }
        String token = UUID.randomUUID().toString();
        append(key, token, instance, DeliveryStatus.CLAIMED, 0, email, "", "", null);
        pause();
        Snapshot after = snapshot(key);
        ClaimArbiter.Decision decision = ClaimArbiter.afterClaim(after.latest(), token, after.now(), lease);
        markUncertain(decision.toMarkUncertain());
        if (!decision.wins()) {
            // Lost the race: close our claim so it never counts as alive.
            Instant claimedAt = after.latest().stream().filter(r -> r.claimToken().equals(token))
                    .map(DeliveryRecord::claimedAt).findFirst().orElse(after.now());
            append(key, token, instance, DeliveryStatus.YIELDED, 0, email, "", "another instance claimed it first", claimedAt);
            return Optional.empty();
        }
        Instant claimedAt = after.latest().stream().filter(r -> r.claimToken().equals(token))
                .map(DeliveryRecord::claimedAt).findFirst().orElseThrow();
        return Optional.of(new Claim(key, token, instance, email, claimedAt));
    }

    @Override
    public void record(Claim claim, DeliveryStatus status, int attempts, String messageId, String error) {
        append(claim.key(), claim.token(), claim.instance(), status, attempts, claim.email(), messageId, error, claim.claimedAt());
    }

    private void markUncertain(List<DeliveryRecord> records) {
        for (DeliveryRecord r : records) {
            append(r.key(), r.claimToken(), r.instance(), DeliveryStatus.UNCERTAIN, r.attempts(), r.email(), r.messageId(),
                    "instance " + r.instance() + " stopped while sending; the mail may have gone out, check before resending",
                    r.claimedAt());
        }
    }

    private void pause() {
        if (settle.isZero()) {
            return;
        }
        try {
            Thread.sleep(settle);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
