package in.eofficemonitor.streamjobs.functions;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.functions.StreamClock.Decision;
import in.eofficemonitor.streamjobs.functions.StreamClock.Verdict;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/architecture.md, "Late events, and events from a wrong clock", line by line. */
class StreamClockTest {

    private static long at(String t) {
        return OffsetDateTime.parse(t + "+05:30").toInstant().toEpochMilli();
    }

    @Test
    void theWorkedExampleOfTheArchitectureDocument() {
        StreamClock<String> clock = new StreamClock<>(Duration.ofMinutes(10).toMillis(), Duration.ofDays(1).toMillis());
        List<String> out = new ArrayList<>();
        offer(clock, out, "#1", "A", "2026-11-20T17:00:00");
        offer(clock, out, "#2", "B", "2026-11-20T17:05:00");
        offer(clock, out, "#3", "A", "2036-11-21T10:00:00");
        offer(clock, out, "#4", "C", "2026-11-20T16:50:00");
        offer(clock, out, "#5", "A", "2026-11-23T10:00:00");
        offer(clock, out, "#6", "A", "2026-11-23T10:02:00");
        assertThat(clock.established()).isEqualTo(at("2026-11-20T17:05:00"));
        offer(clock, out, "#7", "B", "2026-11-23T10:01:00");
        offer(clock, out, "#8", "C", "2026-11-23T09:55:00");
        assertThat(out).containsExactly("#1 ON_TIME", "#2 ON_TIME", "#4 LATE", "#5 ON_TIME", "#6 ON_TIME",
                "#7 ON_TIME", "#8 ON_TIME");
        assertThat(clock.established()).isEqualTo(at("2026-11-23T10:02:00"));
        assertThat(clock.held()).extracting(StreamClock.Held::item).containsExactly("#3");

        for (long i = 0; i < StreamClock.CONFIRM_WITHIN_EVENTS; i++) {
            offer(clock, out, "filler", "C", "2026-11-23T10:02:00");
        }
        assertThat(out).filteredOn(s -> !s.startsWith("filler")).endsWith("#8 ON_TIME", "#3 FUTURE");
        assertThat(clock.held()).isEmpty();
    }

    @Test
    void theEndOfABoundedInputLetsTheHeldGoAsFuture() {
        StreamClock<String> clock = new StreamClock<>(600_000, Duration.ofDays(1).toMillis());
        clock.offer("a", "A", at("2026-11-20T17:00:00"));
        assertThat(clock.offer("typo", "A", at("2036-11-20T17:00:00"))).isEmpty();
        assertThat(clock.drain()).extracting(Decision::item, Decision::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("typo", Verdict.FUTURE));
    }

    @Test
    void heldLinesAreBoundedByTheirSizeSoAHostileFeedCannotGrowTheCheckpoint() {
        StreamClock<String> clock = new StreamClock<>(600_000, Duration.ofDays(1).toMillis(), String::length);
        clock.offer("a", "A", at("2026-11-20T17:00:00"));
        String megabyte = "x".repeat(1 << 20);
        List<String> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            clock.offer(megabyte, "A", at("2036-11-20T17:00:00") + i).forEach(d -> futures.add(d.verdict().name()));
        }
        assertThat(clock.held()).hasSize(16);
        assertThat(futures).hasSize(24).containsOnly("FUTURE");
    }

    private static void offer(StreamClock<String> clock, List<String> out, String id, String office, String t) {
        for (Decision<String> d : clock.offer(id, office, at(t))) {
            out.add(d.item() + " " + d.verdict());
        }
    }
}
