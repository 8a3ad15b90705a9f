package in.eofficemonitor.warehouse.kpis;

import static in.eofficemonitor.warehouse.fixtures.UpFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.fixtures.UpFixtures;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The idle desks one by one, and e-files created per week, against UpFixtures. */
class IdleDesksAndWeeksIT {

    private static final LocalDate TO = LocalDate.of(2026, 11, 20);

    private final KpiQueries kpis = new KpiQueries(UpFixtures.warehouse());

    @Test
    void theIdleDesksListedAreTheOnesTheKeyFiguresCount() {
        List<IdleDesk> idle = kpis.idleDesks(TO, Scope.state(), 100);

        // The Under Secretary's desk last acted when H was created there, 100 days before NOW.
        assertThat(idle).extracting(IdleDesk::deskId, IdleDesk::officeId, IdleDesk::designationHi, IdleDesk::officeName)
                .containsExactly(tuple(SEC_US, SEC_REV, "अनु सचिव", "Revenue Department"));
        assertThat(idle.getFirst().lastAction()).contains(NOW.minus(Duration.ofDays(100)));
        long counted = kpis.figures(TO.minusDays(6), TO, KpiLevel.OFFICE, Scope.state()).stream()
                .mapToLong(KpiRow::idleDesks).sum();
        assertThat(idle).hasSize((int) counted);
        assertThat(kpis.idleDesks(TO, Scope.district(LUCKNOW), 100)).isEmpty();
    }

    @Test
    void aDeskIdleSinceItsLastActionAndOneThatNeverActed() {
        // 30 days after K's close (19-11 16:00) every Lucknow desk K passed is idle; OS last acted on 17-11 15:00.
        List<IdleDesk> idle = kpis.idleDesks(LocalDate.of(2026, 12, 20), Scope.office(LKO_COLL), 100);

        assertThat(idle).extracting(IdleDesk::deskId).containsExactly(LKO_ADM, LKO_AG3, LKO_DM, LKO_OS, LKO_SO);
        assertThat(idle).filteredOn(d -> d.deskId().equals(LKO_OS)).singleElement()
                .extracting(IdleDesk::lastAction).isEqualTo(Optional.of(ist("2026-11-17T15:00")));
    }

    @Test
    void filesAndReceiptsCreatedPerWeekEveryWeekPresent() {
        // Weeks from Monday: A and C (files) and B (receipt) in the week of 09-11; G and K in the week of 16-11.
        assertThat(kpis.createdPerWeek(TO, 3, Scope.state(), Optional.empty()))
                .containsExactly(new WeeklyCreated(LocalDate.of(2026, 11, 2), 0, 0),
                        new WeeklyCreated(LocalDate.of(2026, 11, 9), 2, 1),
                        new WeeklyCreated(LocalDate.of(2026, 11, 16), 2, 0));
        // G was created at an unregistered office: not a district office.
        assertThat(kpis.createdPerWeek(TO, 1, Scope.state(), Optional.of(OfficeCategory.DISTRICT_OFFICE)))
                .containsExactly(new WeeklyCreated(LocalDate.of(2026, 11, 16), 1, 0));
        assertThat(kpis.createdPerWeek(TO, 2, Scope.district(KANPUR), Optional.empty()))
                .extracting(WeeklyCreated::files).containsExactly(2L, 0L);
        assertThat(kpis.createdPerWeek(TO, 2, Scope.state(), Optional.of(OfficeCategory.POLICE_UNIT)))
                .extracting(WeeklyCreated::files).containsExactly(0L, 0L);
    }
}
