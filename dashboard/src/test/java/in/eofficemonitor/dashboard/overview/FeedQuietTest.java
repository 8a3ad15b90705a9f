package in.eofficemonitor.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedQuietTest {

    private static final Instant NOW = Instant.parse("2026-12-08T02:00:00Z");

    @Test
    void eventsInTheLastMinuteAreNotQuiet() {
        assertThat(FeedQuiet.of(3, Optional.of(NOW), NOW)).isEmpty();
    }

    @Test
    void aSundayNightIsClosedOfficesThatOpenOnMondayMorning() {
        Instant sundayNight = Instant.parse("2026-11-22T16:30:00Z"); // Sunday 22-11-2026 22:00 IST

        FeedQuiet quiet = FeedQuiet.of(0, Optional.of(sundayNight), NOW).orElseThrow();

        assertThat(quiet.officesClosed()).isTrue();
        assertThat(quiet.feedTime()).isEqualTo(sundayNight);
        // The Secretariat opens first: Monday 23-11-2026 09:30 IST.
        assertThat(quiet.opens()).contains(Instant.parse("2026-11-23T04:00:00Z"));
    }

    @Test
    void quietWhileOfficesAreOpenIsNotExplainedByTheCalendar() {
        Instant mondayMorning = Instant.parse("2026-11-23T05:30:00Z"); // 11:00 IST

        FeedQuiet quiet = FeedQuiet.of(0, Optional.of(mondayMorning), NOW).orElseThrow();

        assertThat(quiet.officesClosed()).isFalse();
        assertThat(quiet.opens()).isEmpty();
    }

    @Test
    void aSaturdayAfternoonIsOpenForTheSixDayOfficesOnly() {
        Instant saturday = Instant.parse("2026-11-28T08:30:00Z"); // Saturday 28-11-2026 14:00 IST (fourth Saturday)
        assertThat(FeedQuiet.of(0, Optional.of(saturday), NOW).orElseThrow().officesClosed()).isFalse();
    }

    @Test
    void noMovementForADayIsJudgedAtTheWallClock() {
        FeedQuiet quiet = FeedQuiet.of(0, Optional.empty(), NOW).orElseThrow();
        assertThat(quiet.anyEvent()).isFalse();
        assertThat(quiet.feedTime()).isEqualTo(NOW);
    }
}
