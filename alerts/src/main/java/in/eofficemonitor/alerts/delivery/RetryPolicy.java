package in.eofficemonitor.alerts.delivery;

import java.time.Duration;

/**
 * How long to keep trying when the SMTP server is down: {@code maxAttempts} tries, waiting
 * {@code firstBackoff} after the first failure and doubling up to {@code maxBackoff}. The default
 * (6 tries, 30 s doubling to 8 min) rides out a relay restart of about 15 minutes.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofSeconds(30), Duration.ofMinutes(8));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    public Duration backoffAfter(int attempt) {
        Duration d = firstBackoff;
        for (int i = 1; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }

    /** Longest time a claim may stay quiet while its holder is alive: every back-off plus send time. */
    public Duration lease(Duration sendTimeout) {
        Duration total = Duration.ZERO;
        for (int a = 1; a < maxAttempts; a++) {
            total = total.plus(backoffAfter(a));
        }
        // A claim is refreshed before and after every attempt, so one back-off plus one send bounds the silence;
        // the sum is a generous margin that still lets a dead instance's claim be taken over the same day.
        return total.plus(sendTimeout.multipliedBy(2)).plus(Duration.ofMinutes(1));
    }
}
