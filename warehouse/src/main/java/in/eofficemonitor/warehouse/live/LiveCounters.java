package in.eofficemonitor.warehouse.live;

import java.time.Instant;

/**
 * What is happening right now in a scope.
 *
 * @param at the time the counters are for
 * @param eventsLastMinute accepted events ingested in the minute up to {@code at}
 * @param openFiles files at a desk at {@code at}
 * @param openReceipts receipts at a desk at {@code at}
 * @param stuckNow files and receipts stuck at {@code at} (working-day thresholds)
 */
public record LiveCounters(Instant at, long eventsLastMinute, long openFiles, long openReceipts, long stuckNow) {

    /** Accepted events per second, averaged over the last minute. */
    public double eventsPerSecond() {
        return eventsLastMinute / 60.0;
    }
}
