package in.eofficemonitor.dashboard.trend.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** Pendency as of a past day, picked on the calendar (fixture times are relative to now: DashboardFixtures). */
class TrendViewTest extends DashboardTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Kolkata"));

    private static List<PendencyRow> collectorate(TrendView view) {
        return view.grid.getListDataView().getItems().filter(r -> r.id().equals(DashboardFixtures.KNJ_COLL)).toList();
    }

    @Test
    @WithMockUser(username = "dm-kannauj", roles = "DISTRICT")
    void aCollectorSeesTheirOfficesAsTheyStoodOnThePickedDay() {
        TrendView view = navigate(TrendView.class);
        // Now: the file KNJ-F1 at the superintendent and the receipt KNJ-R2 at AG3.
        assertThat(collectorate(view)).singleElement()
                .satisfies(r -> assertThat(List.of(r.files(), r.receipts())).containsExactly(1L, 1L));

        // 15 days ago: KNJ-F1 was already there (created 20 days ago), the receipt was not yet.
        view.asOf.setValue(TODAY.minusDays(15));
        assertThat(collectorate(view)).singleElement()
                .satisfies(r -> assertThat(List.of(r.files(), r.receipts())).containsExactly(1L, 0L));

        // 25 days ago nothing of the Collectorate was pending; and never anything of Lucknow.
        view.asOf.setValue(TODAY.minusDays(25));
        assertThat(collectorate(view).stream().mapToLong(PendencyRow::total).sum()).isZero();
        assertThat(view.grid.getListDataView().getItems().map(PendencyRow::id)).doesNotContain(DashboardFixtures.LKO_COLL);
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void theStateSeesDistrictsAndTheWeeklyTrend() {
        TrendView view = navigate(TrendView.class);
        assertThat(view.grid.getListDataView().getItems().map(PendencyRow::id))
                .contains(DashboardFixtures.KANNAUJ, DashboardFixtures.LUCKNOW);
        assertThat(view.chart.getChildren().count()).isEqualTo(1);

        // 50 days ago only LKO-F4 (100 days at its desk) was pending.
        view.asOf.setValue(TODAY.minusDays(50));
        assertThat(view.grid.getListDataView().getItems().filter(r -> r.total() > 0).map(PendencyRow::id))
                .containsExactly(DashboardFixtures.LUCKNOW);
    }
}
