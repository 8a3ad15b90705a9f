package in.eofficemonitor.warehouse.stuck;

import static in.eofficemonitor.warehouse.fixtures.UpFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.fixtures.UpFixtures;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import org.junit.jupiter.api.Test;

/** Stuck lists against UpFixtures (thresholds there: NORMAL 7, IMMEDIATE 3 calendar days; working days +2). */
class StuckQueriesIT {

    private final StuckQueries stuck = new StuckQueries(UpFixtures.warehouse());

    @Test
    void workingDaysByDefaultCalendarDaysWithTheSwitch() {
        assertThat(stuck.asOf(NOW, false, StuckFilter.all())).extracting(StuckItem::fileId).containsExactly("F", "H", "D");
        // B (7 days 1 hour) and C (8 days) passed 7 calendar days but not their working-day threshold.
        assertThat(stuck.asOf(NOW, true, StuckFilter.all())).extracting(StuckItem::fileId)
                .containsExactly("F", "H", "D", "C", "B");
    }

    @Test
    void aScreenGetsTheLongestWaitingFirstAndTheCountOfAll() {
        StuckList two = stuck.longestWaiting(NOW, true, StuckFilter.all(), 2);

        assertThat(two.items()).extracting(StuckItem::fileId).containsExactly("F", "H");
        assertThat(two.total()).isEqualTo(5);
        assertThat(two.truncated()).isTrue();
        assertThat(stuck.longestWaiting(NOW, true, StuckFilter.all(), 100).truncated()).isFalse();
    }

    @Test
    void rowsCarryWhatTheReportPrints() {
        StuckItem d = stuck.asOf(NOW, false, StuckFilter.all().priority(Priority.IMMEDIATE)).getFirst();

        assertThat(d).extracting(StuckItem::fileId, StuckItem::kind, StuckItem::priority, StuckItem::officeId,
                        StuckItem::deskId, StuckItem::arrivedAt, StuckItem::dwellDays)
                .containsExactly("D", ItemKind.FILE, Priority.IMMEDIATE, LKO_COLL, LKO_AG3, ist("2026-10-11T12:00"), 40L);
        assertThat(d.stuckSince()).isEqualTo(ist("2026-10-16T12:00"));
    }

    @Test
    void stuckAsOfAPastTimeListsWhatWasStuckThen() {
        // On 14-11 noon E sat at the Kanpur OS since 05-11 (closed on 15-11); B and C were not yet 7 days old.
        assertThat(stuck.asOf(ist("2026-11-14T12:00"), true, StuckFilter.all())).extracting(StuckItem::fileId)
                .containsExactly("F", "H", "D", "E");
    }

    @Test
    void filtersNarrowTheListAndADistrictNeverSeesAnother() {
        assertThat(stuck.asOf(NOW, true, StuckFilter.all().priority(Priority.IMMEDIATE)))
                .extracting(StuckItem::fileId).containsExactly("D");
        assertThat(stuck.asOf(NOW, true, StuckFilter.in(Scope.district(LUCKNOW)))).extracting(StuckItem::fileId)
                .containsExactly("D");
        assertThat(stuck.asOf(NOW, true, StuckFilter.in(Scope.district(KANPUR)))).extracting(StuckItem::fileId)
                .containsExactly("F", "C", "B");
        assertThat(stuck.asOf(NOW, true, StuckFilter.in(Scope.district(KANPUR)).kind(ItemKind.RECEIPT)))
                .extracting(StuckItem::fileId).containsExactly("B");
        assertThat(stuck.asOf(NOW, true, StuckFilter.all().desk(KNP_AG3))).extracting(StuckItem::fileId)
                .containsExactly("C", "B");
        assertThat(stuck.asOf(NOW, true, StuckFilter.in(Scope.office(SEC_REV)))).extracting(StuckItem::fileId)
                .containsExactly("H");
    }

    @Test
    void aRangeOfDaysAtTheDeskNarrowsTheListBothBoundsIncluded() {
        StuckFilter kanpur = StuckFilter.in(Scope.district(KANPUR));
        // F 200 days, C exactly 8, B 7 days and an hour.
        assertThat(stuck.asOf(NOW, true, kanpur.dwellDays(8, 15L))).extracting(StuckItem::fileId).containsExactly("C");
        assertThat(stuck.asOf(NOW, true, kanpur.dwellDays(0, 7L))).extracting(StuckItem::fileId).containsExactly("B");
        assertThat(stuck.asOf(NOW, true, kanpur.dwellDays(8, null))).extracting(StuckItem::fileId)
                .containsExactly("F", "C");
        assertThat(stuck.asOf(NOW, true, kanpur.dwellDays(181, null))).extracting(StuckItem::fileId)
                .containsExactly("F");
        assertThat(stuck.longestWaiting(NOW, true, kanpur.dwellDays(8, 15L), 10).total()).isEqualTo(1);
    }

    @Test
    void topDistrictsAndOfficesByStuckCount() {
        assertThat(stuck.top(NOW, true, StuckQueries.Level.DISTRICT, Scope.state(), 10))
                .extracting(StuckCount::id, StuckCount::name, StuckCount::stuck, StuckCount::receipts)
                .containsExactly(tuple(KANPUR, KANPUR, 3L, 1L), tuple("", "State-level offices", 1L, 0L),
                        tuple(LUCKNOW, LUCKNOW, 1L, 0L));
        assertThat(stuck.top(NOW, false, StuckQueries.Level.OFFICE, Scope.state(), 2))
                .extracting(StuckCount::id, StuckCount::name, StuckCount::stuck)
                .containsExactly(tuple(KNP_COLL, "Collectorate Kanpur Nagar", 1L), tuple(LKO_COLL, "Collectorate Lucknow", 1L));
    }
}
