package in.eofficemonitor.streamjobs.simulator;

import java.time.Duration;

/**
 * Imperfections of a real feed, to exercise the dead-letter, duplicate and out-of-order paths (DESIGN §3).
 *
 * @param badShare share of events followed by one bad line; the bad lines cycle through every
 *     {@link in.eofficemonitor.streamjobs.contract.RejectionReason}
 * @param duplicateShare share of events sent a second time (same event_id, same line) a little later
 * @param lateShare share of events held back and sent after later events, by up to {@code maxLateness}
 * @param maxLateness the most an event is late (keep it within the jobs' out-of-order bound, 10 minutes by default)
 */
public record NoiseOptions(double badShare, double duplicateShare, double lateShare, Duration maxLateness) {

    public NoiseOptions {
        for (double s : new double[] {badShare, duplicateShare, lateShare}) {
            if (s < 0 || s > 1) {
                throw new IllegalArgumentException("shares must be in [0, 1]");
            }
        }
        if (maxLateness == null || maxLateness.isNegative()) {
            throw new IllegalArgumentException("maxLateness must be zero or positive");
        }
    }

    /** A clean feed: every line valid, once, in time order. */
    public static NoiseOptions none() {
        return new NoiseOptions(0, 0, 0, Duration.ZERO);
    }

    /** The demo's default for the live stream: 0.5 % bad lines, 1 % duplicates, 1 % up to 5 minutes late. */
    public static NoiseOptions demo() {
        return new NoiseOptions(0.005, 0.01, 0.01, Duration.ofMinutes(5));
    }

    public boolean isNone() {
        return badShare == 0 && duplicateShare == 0 && lateShare == 0;
    }
}
