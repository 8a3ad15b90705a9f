package in.eofficemonitor.warehouse.kpis;

import static in.eofficemonitor.warehouse.fixtures.UpFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.fixtures.UpFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiQueriesIT {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 20);

    private final KpiQueries kpis = new KpiQueries(UpFixtures.warehouse());

    @Test
    void perOfficeFigures() {
        List<KpiRow> rows = kpis.figures(FROM, TO, KpiLevel.OFFICE, Scope.state());

        assertThat(rows).extracting(KpiRow::id, KpiRow::created, KpiRow::forwarded, KpiRow::closed, KpiRow::opened,
                        KpiRow::filesCreated, KpiRow::receiptsCreated, KpiRow::closedFiles, KpiRow::levelsSum,
                        KpiRow::overFourLevels, KpiRow::idleDesks)
                .containsExactly(
                        tuple(GZB_TEHSIL, 1L, 0L, 0L, 1L, 1L, 0L, 0L, 0L, 0L, 0L),
                        // A, B, C, E created; A forwarded, E forwarded and returned; E closed after 2 desks.
                        tuple(KNP_COLL, 4L, 3L, 1L, 4L, 3L, 1L, 1L, 2L, 0L, 0L),
                        // K: created, 4 forwards, closed after 5 desks.
                        tuple(LKO_COLL, 1L, 4L, 1L, 1L, 1L, 0L, 1L, 5L, 1L, 0L),
                        // The Under Secretary's desk did nothing since August.
                        tuple(SEC_REV, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L));
        KpiRow kanpur = rows.get(1);
        assertThat(kanpur.disposalRate()).hasValue(0.25);
        assertThat(kanpur.meanLevels()).hasValue(2.0);
        assertThat(rows.get(2).shareOverFourLevels()).hasValue(1.0);
        assertThat(rows.get(3).disposalRate()).isEmpty();
    }

    @Test
    void aDistrictScopeAndDistrictLevel() {
        assertThat(kpis.figures(FROM, TO, KpiLevel.DISTRICT, Scope.district(LUCKNOW)))
                .extracting(KpiRow::id, KpiRow::name, KpiRow::created, KpiRow::closed)
                .containsExactly(tuple(LUCKNOW, LUCKNOW, 1L, 1L));
    }

    @Test
    void thePeriodBoundsAreWholeIndianDays() {
        // 15-11 alone: E's CLOSED at 10:00 IST; nothing else.
        assertThat(kpis.figures(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 15), KpiLevel.OFFICE,
                        Scope.office(KNP_COLL)))
                .extracting(KpiRow::created, KpiRow::closed).containsExactly(tuple(0L, 1L));
    }
}
