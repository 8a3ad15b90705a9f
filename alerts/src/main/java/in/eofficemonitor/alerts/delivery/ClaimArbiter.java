package in.eofficemonitor.alerts.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides, from the claims of one key as read back from the log, whether a claim may send. Pure, so the
 * rules are tested on their own and every store applies the same ones:
 *
 * <ol>
 *   <li>a key with a SENT, SKIPPED or UNCERTAIN claim is done: nobody sends;</li>
 *   <li>a claim is alive while its latest state is CLAIMED, SENDING or RETRYING and it was updated within the lease;</li>
 *   <li>a claim that died in SENDING may have sent: it is turned UNCERTAIN, which makes the key done;</li>
 *   <li>among alive claims the earliest (claimed_at, token) wins; everyone else backs off.</li>
 * </ol>
 */
public final class ClaimArbiter {

    /** The decision, and the dead SENDING claims to mark UNCERTAIN. */
    public record Decision(boolean mayClaim, boolean wins, List<DeliveryRecord> toMarkUncertain) {}

    private ClaimArbiter() {}

    /** Before inserting a claim: is the key done or held by someone alive? */
    public static Decision beforeClaim(List<DeliveryRecord> latest, Instant now, Duration lease) {
        List<DeliveryRecord> uncertain = deadWhileSending(latest, now, lease);
        boolean done = !uncertain.isEmpty() || latest.stream().anyMatch(r -> r.status().blocksNewClaims());
        boolean held = latest.stream().anyMatch(r -> alive(r, now, lease));
        return new Decision(!done && !held, false, uncertain);
    }

    /** After inserting claim {@code token} and reading back: did it win? */
    public static Decision afterClaim(List<DeliveryRecord> latest, String token, Instant now, Duration lease) {
        List<DeliveryRecord> uncertain = deadWhileSending(latest, now, lease);
        if (!uncertain.isEmpty() || latest.stream().anyMatch(r -> r.status().blocksNewClaims())) {
            return new Decision(false, false, uncertain);
        }
        Optional<DeliveryRecord> winner = latest.stream()
                .filter(r -> r.claimToken().equals(token) || alive(r, now, lease))
                .min(Comparator.comparing(DeliveryRecord::claimedAt).thenComparing(DeliveryRecord::claimToken));
        return new Decision(true, winner.isPresent() && winner.get().claimToken().equals(token), List.of());
    }

    static boolean alive(DeliveryRecord r, Instant now, Duration lease) {
        return !r.status().isFinal() && r.updatedAt().plus(lease).isAfter(now);
    }

    private static List<DeliveryRecord> deadWhileSending(List<DeliveryRecord> latest, Instant now, Duration lease) {
        List<DeliveryRecord> out = new ArrayList<>();
        for (DeliveryRecord r : latest) {
            if (r.status() == DeliveryStatus.SENDING && !alive(r, now, lease)) {
                out.add(r);
            }
        }
        return out;
    }
}
