package in.eofficemonitor.dashboard.overview;

import in.eofficemonitor.warehouse.calendar.WorkingHours;
import java.time.Instant;
import java.util.Optional;

/**
 * Why the overview's feed is quiet, when it is: no accepted event in the last minute. A quiet feed at the feed's own
 * time of day when every office is closed on its calendar (night, Sunday, a gazetted holiday) is expected and says
 * when they open; quiet while offices are open, or nothing for a day, points at the stream job. The feed's time is
 * the event time of the latest movement ingested, not the wall clock: the demo's simulator runs ahead of it.
 *
 * @param feedTime the latest movement's event time, or the wall clock's when none came in the last day
 * @param anyEvent whether a movement came in the last day at all
 * @param officesClosed whether every office is closed at {@code feedTime}
 * @param opens the next opening of any office after {@code feedTime}, when they are closed
 */
public record FeedQuiet(Instant feedTime, boolean anyEvent, boolean officesClosed, Optional<Instant> opens) {

    /** Empty while events flow; else why not. */
    public static Optional<FeedQuiet> of(long eventsLastMinute, Optional<Instant> latestEventTime, Instant now) {
        if (eventsLastMinute > 0) {
            return Optional.empty();
        }
        Instant feedTime = latestEventTime.orElse(now);
        boolean closed = !WorkingHours.anyOfficeOpen(feedTime);
        return Optional.of(new FeedQuiet(feedTime, latestEventTime.isPresent(), closed,
                closed ? WorkingHours.nextOpening(feedTime) : Optional.empty()));
    }
}
