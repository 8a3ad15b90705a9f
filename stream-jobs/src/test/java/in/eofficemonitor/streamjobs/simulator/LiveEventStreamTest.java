package in.eofficemonitor.streamjobs.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.EventLineParser;
import in.eofficemonitor.streamjobs.contract.ParseResult;
import in.eofficemonitor.warehouse.registry.OpeningBalance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LiveEventStreamTest {

    /** Thursday 19-11-2026 11:00 IST: office hours, so events follow soon after the start. */
    private static final Instant START = Instant.parse("2026-11-19T05:30:00Z");

    private static LiveEventStream.Config config(int historyDays) {
        return new LiveEventStream.Config(7, START, historyDays, 60, 0.02, NoiseOptions.none());
    }

    @Test
    void historyIsReleasedAtOnceAndLaterEventsAtTheSpeedUp() {
        AtomicLong wall = new AtomicLong(1_000_000);
        LiveEventStream stream = new LiveEventStream(config(2), wall::get);
        long released = 0;
        while (stream.poll() != null) {
            released++;
        }
        assertThat(released).as("history lines").isPositive();
        assertThat(stream.nextLineTime()).isAfter(START);
        long wait = stream.millisUntilNext();
        long simulatedAhead = stream.nextLineTime().getEpochSecond() - START.getEpochSecond();
        assertThat(wait).isEqualTo(simulatedAhead * 1000 / 60);
        wall.addAndGet(wait);
        assertThat(stream.poll()).isNotNull();
        assertThat(stream.position()).isEqualTo(released + 1);
    }

    @Test
    void aDemoStartedAtNightBeginsAtTheNextOpeningAndMovesWithinThirtySeconds() {
        Instant tuesdayOneAm = Instant.parse("2026-11-16T19:30:00Z"); // Tuesday 17-11-2026 01:00 IST
        Instant start = LiveEventStream.liveStart(tuesdayOneAm);

        // The Secretariat opens first, at 09:30 IST; the demo begins half an hour into that morning.
        assertThat(start).isEqualTo(Instant.parse("2026-11-17T04:30:00Z"));
        assertThat(releasedInTheFirstSeconds(start, 30)).as("lines in the first 30 s").isPositive();
    }

    @Test
    void aDemoStartedOnASundayBeginsOnMondayMorning() {
        Instant sundayEvening = Instant.parse("2026-11-22T14:00:00Z"); // Sunday 22-11-2026 19:30 IST
        assertThat(LiveEventStream.liveStart(sundayEvening)).isEqualTo(Instant.parse("2026-11-23T04:30:00Z"));
    }

    @Test
    void aDemoStartedInOfficeHoursBeginsThen() {
        assertThat(LiveEventStream.liveStart(START)).isEqualTo(START);
    }

    @Test
    void withoutTheRuleANightStartWouldBeSilentForItsFirstMinutes() {
        Instant tuesdayOneAm = Instant.parse("2026-11-16T19:30:00Z");
        assertThat(releasedInTheFirstSeconds(tuesdayOneAm, 30)).as("what a newcomer saw at night").isZero();
    }

    /** Lines after the start released in the first {@code seconds} of wall time at the demo's speed-up (60). */
    private static long releasedInTheFirstSeconds(Instant start, int seconds) {
        AtomicLong wall = new AtomicLong(0);
        LiveEventStream stream = new LiveEventStream(new LiveEventStream.Config(7, start, 1, 60, 0.1,
                NoiseOptions.none()), wall::get);
        while (stream.poll() != null) {
            // the history and the start day before start: released at once
        }
        wall.set(seconds * 1000L);
        long released = 0;
        while (stream.poll() != null) {
            released++;
        }
        return released;
    }

    @Test
    void skipToAfterARestoreContinuesWithTheSameLines() {
        AtomicLong wall = new AtomicLong(0);
        LiveEventStream first = new LiveEventStream(config(1), () -> Long.MAX_VALUE / 2);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            all.add(first.poll());
        }
        LiveEventStream restored = new LiveEventStream(config(1), wall::get);
        restored.skipTo(200);
        assertThat(restored.millisUntilNext()).as("re-anchored: the next line is due now").isZero();
        for (int i = 200; i < 300; i++) {
            wall.addAndGet(restored.millisUntilNext());
            assertThat(restored.poll()).isEqualTo(all.get(i));
        }
        assertThat(restored.position()).isEqualTo(300);
    }

    @Test
    void openingBalancesCoverTheSecretariatsHistory() {
        List<OpeningBalance> balances = LiveEventStream.openingBalances(config(1));
        assertThat(balances).hasSize(93);
        assertThat(balances.stream().mapToLong(OpeningBalance::filesCreated).sum()).isBetween(86_00_000L, 86_54_000L);
        assertThat(LiveEventStream.openingBalances(config(0))).isEmpty();
    }

    @Test
    void aOneDayHistoryOverASundayReachesBackToTheLastWorkingDay() {
        // Monday 23-11-2026 10:00 IST: "yesterday" is a Sunday, when no office opens a file.
        Instant monday = Instant.parse("2026-11-23T04:30:00Z");
        LiveEventStream.Config c = new LiveEventStream.Config(7, monday, 1, 60, 0.02, NoiseOptions.none());
        assertThat(LiveEventStream.historyFrom(c)).as("Saturday 21-11 (not the second Saturday)")
                .isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(LiveEventStream.historyFrom(config(1))).as("Wednesday before a Thursday start")
                .isEqualTo(LocalDate.of(2026, 11, 18));
        LiveEventStream stream = new LiveEventStream(c, () -> 0L);
        assertThat(stream.nextLineTime()).isBefore(monday);
    }

    @Test
    void theDemoStreamCarriesBadLinesDuplicatesAndLateLinesSoTheDeadLetterPathShowsInTheDemo() {
        LiveEventStream stream = new LiveEventStream(
                new LiveEventStream.Config(7, START, 2, 60, 0.02, NoiseOptions.demo()), () -> Long.MAX_VALUE / 2);
        java.util.Set<String> ids = new java.util.HashSet<>();
        long bad = 0;
        long duplicates = 0;
        long late = 0;
        Instant latest = Instant.MIN;
        for (int i = 0; i < 20_000; i++) {
            String line = stream.poll();
            if (!(EventLineParser.parse(line) instanceof ParseResult.Accepted a)) {
                bad++;
                continue;
            }
            if (!ids.add(a.event().eventId())) {
                duplicates++;
            }
            if (a.event().ts().isBefore(latest)) {
                late++;
            }
            latest = a.event().ts().isAfter(latest) ? a.event().ts() : latest;
        }
        assertThat(bad).as("bad lines").isPositive();
        assertThat(duplicates).as("repeated event ids").isPositive();
        assertThat(late).as("lines older than one before them").isPositive();
    }
}
