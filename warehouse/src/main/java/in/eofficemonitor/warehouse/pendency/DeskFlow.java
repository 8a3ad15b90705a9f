package in.eofficemonitor.warehouse.pendency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How work flows through one desk as of a time, beside its pendency: how old its oldest pending item is, the median
 * dwell of what is pending, and what it cleared in the {@value PendencyQueries#CLEARED_DAYS} days before.
 *
 * @param officeId the desk's office (the registry's; for an unregistered desk, the one its stays or events name)
 * @param oldestArrivedAt arrival of the item waiting longest at the desk; empty when nothing is pending there
 * @param medianDwell median dwell of the pending items (the mean of the two middle ones for an even number); empty
 *     when nothing is pending
 * @param filesCleared files that left the desk (forwarded, returned or closed from it) in the days before
 * @param receiptsCleared receipts that left it
 */
public record DeskFlow(String officeId, String deskId, Optional<Instant> oldestArrivedAt,
        Optional<Duration> medianDwell, long filesCleared, long receiptsCleared) {

    /** Nothing pending and nothing cleared: how a desk absent from the query's answer is shown. */
    public static DeskFlow none(String officeId, String deskId) {
        return new DeskFlow(officeId, deskId, Optional.empty(), Optional.empty(), 0, 0);
    }

    /** Whole days (completed 24-hour periods, as dwell days everywhere) the oldest item has waited at {@code asOf}. */
    public Optional<Long> oldestDwellDays(Instant asOf) {
        return oldestArrivedAt.map(a -> Math.max(0, Duration.between(a, asOf).toDays()));
    }

    public long cleared() {
        return filesCleared + receiptsCleared;
    }
}
