package in.eofficemonitor.warehouse.live;

import static in.eofficemonitor.warehouse.fixtures.UpFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.fixtures.UpFixtures;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The live counters against UpFixtures, where every event was ingested at its own time. */
class LiveQueriesIT {

    private final LiveQueries live = new LiveQueries(UpFixtures.warehouse());

    @Test
    void eventsOfTheLastMinuteOpenItemsAndStuckItems() {
        // K was closed at 16:00 on 19-11; at that moment A, C, D, F, G, H and receipt B lie at desks,
        // D, F and H past their working-day thresholds.
        Instant halfAMinuteLater = ist("2026-11-19T16:00").plusSeconds(30);
        LiveCounters state = live.counters(halfAMinuteLater, Scope.state(), Optional.empty());

        assertThat(state).isEqualTo(new LiveCounters(halfAMinuteLater, 1, 6, 1, 3));
        assertThat(state.eventsPerSecond()).isEqualTo(1 / 60.0);
        assertThat(live.counters(halfAMinuteLater, Scope.district(LUCKNOW), Optional.empty()))
                .isEqualTo(new LiveCounters(halfAMinuteLater, 1, 1, 0, 1));
        assertThat(live.counters(halfAMinuteLater, Scope.district(KANPUR), Optional.empty()).eventsLastMinute()).isZero();
    }

    @Test
    void theMinuteIsTheSixtySecondsUpToNow() {
        Instant closed = ist("2026-11-19T16:00");
        assertThat(live.counters(closed, Scope.state(), Optional.empty()).eventsLastMinute()).isEqualTo(1);
        assertThat(live.counters(closed.plusSeconds(60), Scope.state(), Optional.empty()).eventsLastMinute()).isZero();
        assertThat(live.counters(closed.minusMillis(1), Scope.state(), Optional.empty()).eventsLastMinute()).isZero();
    }

    @Test
    void theNowCountersComeFromTheOpenStaysAndACategoryNarrowsThem() {
        LiveCounters now = live.counters(NOW, Scope.state(), Optional.empty());
        assertThat(now.openFiles()).isEqualTo(6); // A, C, D, F, G, H (K closed)
        assertThat(now.stuckNow()).isEqualTo(3); // D, F, H
        assertThat(live.counters(NOW, Scope.state(), Optional.of(OfficeCategory.POLICE_UNIT)))
                .isEqualTo(new LiveCounters(NOW, 0, 0, 0, 0));
        assertThat(live.counters(NOW, Scope.state(), Optional.of(OfficeCategory.SECRETARIAT_DEPARTMENT)).openFiles())
                .isEqualTo(1);
    }
}
