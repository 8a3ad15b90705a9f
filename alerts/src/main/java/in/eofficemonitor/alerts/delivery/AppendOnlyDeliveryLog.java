package in.eofficemonitor.alerts.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The latest claims of many keys and the store's now; stores override this with one query. */
    protected Map<DeliveryKey, List<DeliveryRecord>> latestOf(List<DeliveryKey> keys, Instant[] now) {
        Map<DeliveryKey, List<DeliveryRecord>> out = new LinkedHashMap<>();
        for (DeliveryKey k : keys) {
            Snapshot s = snapshot(k);
            out.put(k, s.latest());
            now[0] = s.now();
        }
        return out;
    }

    /** Appends new CLAIMED rows (stamped with the store's now); stores override this with one INSERT. */
    protected void appendClaims(List<ClaimRequest> requests, List<String> tokens, String instance) {
        for (int i = 0; i < requests.size(); i++) {
            append(requests.get(i).key(), tokens.get(i), instance, DeliveryStatus.CLAIMED, 0, requests.get(i).email(), "", "", null);
        }
    }

    @Override
    public Map<DeliveryKey, ClaimResult> claimAll(List<ClaimRequest> requests, String instance, Duration lease) {
        Map<DeliveryKey, ClaimResult> out = new LinkedHashMap<>();
        if (requests.isEmpty()) {
            return out;
        }
        List<DeliveryKey> keys = requests.stream().map(ClaimRequest::key).toList();
        Instant[] now = new Instant[1];
        Map<DeliveryKey, List<DeliveryRecord>> before = latestOf(keys, now);
        List<ClaimRequest> eligible = new ArrayList<>();
        for (ClaimRequest r : requests) {
            ClaimArbiter.Decision pre = ClaimArbiter.beforeClaim(before.getOrDefault(r.key(), List.of()), now[0], lease);
            markUncertain(pre.toMarkUncertain());
            if (pre.mayClaim()) {
                eligible.add(r);
            } else {
                boolean done = !pre.toMarkUncertain().isEmpty()
                        || before.getOrDefault(r.key(), List.of()).stream().anyMatch(h -> h.status().blocksNewClaims());
                out.put(r.key(), new ClaimResult(Optional.empty(), done));
            }
        }
        if (eligible.isEmpty()) {
            return out;
        }
        List<String> tokens = eligible.stream().map(r -> UUID.randomUUID().toString()).toList();
        appendClaims(eligible, tokens, instance);
        pause();
        Map<DeliveryKey, List<DeliveryRecord>> after = latestOf(eligible.stream().map(ClaimRequest::key).toList(), now);
        for (int i = 0; i < eligible.size(); i++) {
            ClaimRequest r = eligible.get(i);
            String token = tokens.get(i);
            List<DeliveryRecord> latest = after.getOrDefault(r.key(), List.of());
            ClaimArbiter.Decision decision = ClaimArbiter.afterClaim(latest, token, now[0], lease);
            markUncertain(decision.toMarkUncertain());
            Instant claimedAt = latest.stream().filter(h -> h.claimToken().equals(token)).map(DeliveryRecord::claimedAt)
                    .findFirst().orElse(now[0]);
            if (decision.wins()) {
                out.put(r.key(), new ClaimResult(Optional.of(new Claim(r.key(), token, instance, r.email(), claimedAt)), false));
            } else {
                append(r.key(), token, instance, DeliveryStatus.YIELDED, 0, r.email(), "", "another instance claimed it first", claimedAt);
                out.put(r.key(), new ClaimResult(Optional.empty(),
                        latest.stream().anyMatch(h -> h.status().blocksNewClaims()) || !decision.toMarkUncertain().isEmpty()));
            }
        }
        return out;
    }

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
