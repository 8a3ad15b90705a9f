package in.eofficemonitor.warehouse.pendency;

import static in.eofficemonitor.warehouse.fixtures.UpFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.fixtures.UpFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pendency against the UpFixtures stories (their comment has the table of who is where, since when). */
class PendencyQueriesIT {

    private final PendencyQueries pendency = new PendencyQueries(UpFixtures.warehouse());

    @Test
    void aForwardedFileLeavesThePreviousDesk() {
        Map<String, PendencyRow> now = byId(pendency.asOf(NOW, PendencyLevel.DESK, Scope.office(KNP_COLL)));

        // A went from AG3 to OS on 18-11: only B and C are still at AG3.
        assertThat(now.get(KNP_AG3)).extracting(PendencyRow::files, PendencyRow::receipts).containsExactly(1L, 1L);
        assertThat(now.get(KNP_OS)).extracting(PendencyRow::files, PendencyRow::receipts).containsExactly(1L, 0L);
    }

    @Test
    void pendencyAsOfLastMondayDiffersFromNow() {
        Map<String, PendencyRow> monday = byId(pendency.asOf(LAST_MONDAY, PendencyLevel.DESK, Scope.office(KNP_COLL)));

        // On Monday 16-11 10:00, A, B and C were at AG3, nothing at OS (E was closed on 15-11).
        assertThat(monday.get(KNP_AG3)).extracting(PendencyRow::files, PendencyRow::receipts).containsExactly(2L, 1L);
        assertThat(monday).doesNotContainKey(KNP_OS);
    }

    @Test
    void bucketBoundariesAreAt7And8DaysOfDwell() {
        PendencyRow ag3 = byId(pendency.asOf(NOW, PendencyLevel.DESK, Scope.state())).get(KNP_AG3);

        // B: 7 days 1 hour → 0–7; C: exactly 8 days → 8–15.
        assertThat(ag3.ages()).isEqualTo(new AgeBuckets(1, 1, 0, 0, 0, 0));
    }

    @Test
    void aClosedFileIsPendingOnlyUntilItWasClosed() {
        PendencyRow beforeClose = byId(pendency.asOf(ist("2026-11-15T09:59"), PendencyLevel.DESK, Scope.office(KNP_COLL)))
                .get(KNP_OS);
        assertThat(beforeClose.files()).as("E at OS (A not yet there)").isEqualTo(1);
        assertThat(byId(pendency.asOf(ist("2026-11-15T10:00"), PendencyLevel.DESK, Scope.office(KNP_COLL))))
                .as("closed at 10:00 sharp: not pending as of 10:00").doesNotContainKey(KNP_OS);
    }

    @Test
    void deskRowsCarryNamesAndUnregisteredDesksAndOfficesAreShownAsSuch() {
        Map<String, PendencyRow> desks = byId(pendency.asOf(NOW, PendencyLevel.DESK, Scope.state()));

        assertThat(desks.get(KNP_AG3)).extracting(PendencyRow::name, PendencyRow::nameHi, PendencyRow::officeId)
                .containsExactly("Assistant Grade 3", "सहायक ग्रेड 3", KNP_COLL);
        assertThat(desks.get(KNP_UNREGISTERED_DESK)).extracting(PendencyRow::registered, PendencyRow::name)
                .containsExactly(false, "Unregistered desk");
        assertThat(desks.get(KNP_UNREGISTERED_DESK).ages().over180()).isEqualTo(1);
        assertThat(desks.get(GZB_DESK).registered()).isFalse();
        assertThat(byId(pendency.asOf(NOW, PendencyLevel.OFFICE, Scope.state())).get(GZB_TEHSIL))
                .extracting(PendencyRow::registered, PendencyRow::name, PendencyRow::nameHi)
                .containsExactly(false, "Unregistered office", "अपंजीकृत कार्यालय");
    }

    @Test
    void officesDistrictsAndCategoriesAreTheSumOverTheirDesks() {
        List<PendencyRow> offices = pendency.asOf(NOW, PendencyLevel.OFFICE, Scope.state());
        assertThat(offices).extracting(PendencyRow::id, PendencyRow::name, PendencyRow::files, PendencyRow::receipts)
                .containsExactly(
                        tuple(KNP_COLL, "Collectorate Kanpur Nagar", 3L, 1L),
                        tuple(GZB_TEHSIL, "Unregistered office", 1L, 0L),
                        tuple(LKO_COLL, "Collectorate Lucknow", 1L, 0L),
                        tuple(SEC_REV, "Revenue Department", 1L, 0L));

        assertThat(pendency.asOf(NOW, PendencyLevel.DISTRICT, Scope.state()))
                .extracting(PendencyRow::id, PendencyRow::registered, PendencyRow::name, PendencyRow::total)
                .containsExactlyInAnyOrder(
                        tuple(KANPUR, true, KANPUR, 4L),
                        tuple(LUCKNOW, true, LUCKNOW, 1L),
                        tuple("", true, "State-level offices", 1L),
                        tuple("", false, "Unregistered offices", 1L));

        assertThat(pendency.asOf(NOW, PendencyLevel.CATEGORY, Scope.state()))
                .extracting(PendencyRow::id, PendencyRow::name, PendencyRow::total)
                .containsExactlyInAnyOrder(
                        tuple("DISTRICT_OFFICE", "District offices", 5L),
                        tuple("SECRETARIAT_DEPARTMENT", "Secretariat departments", 1L),
                        tuple("", "Unregistered offices", 1L));
    }

    @Test
    void aDistrictScopeReturnsNothingOfAnotherDistrict() {
        List<PendencyRow> lucknow = pendency.asOf(NOW, PendencyLevel.DESK, Scope.district(LUCKNOW));

        assertThat(lucknow).extracting(PendencyRow::id).containsExactly(LKO_AG3);
        assertThat(pendency.asOf(NOW, PendencyLevel.DESK, Scope.district("Kanpur' OR '1'='1"))).isEmpty();
    }

    @Test
    void theDailyTrendFollowsTheStories() {
        List<PendencyPoint> trend = pendency.trend(LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 20), 1,
                Scope.district(KANPUR));

        // End of 14-11: A, C, E (files), B; E closed on 15-11; nothing else changes in Kanpur.
        assertThat(trend).extracting(PendencyPoint::day, PendencyPoint::files, PendencyPoint::receipts).containsExactly(
                tuple(LocalDate.of(2026, 11, 14), 4L, 1L),
                tuple(LocalDate.of(2026, 11, 15), 3L, 1L),
                tuple(LocalDate.of(2026, 11, 16), 3L, 1L),
                tuple(LocalDate.of(2026, 11, 17), 3L, 1L),
                tuple(LocalDate.of(2026, 11, 18), 3L, 1L),
                tuple(LocalDate.of(2026, 11, 19), 3L, 1L),
                tuple(LocalDate.of(2026, 11, 20), 3L, 1L));
        assertThat(pendency.trend(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 15), 7, Scope.office(GZB_TEHSIL)))
                .as("weekly, with zeros where nothing was pending")
                .extracting(PendencyPoint::day, PendencyPoint::total)
                .containsExactly(tuple(LocalDate.of(2026, 10, 1), 0L), tuple(LocalDate.of(2026, 10, 8), 0L),
                        tuple(LocalDate.of(2026, 10, 15), 0L));
    }

    private static Map<String, PendencyRow> byId(List<PendencyRow> rows) {
        return rows.stream().collect(Collectors.toMap(PendencyRow::id, Function.identity()));
    }
}
