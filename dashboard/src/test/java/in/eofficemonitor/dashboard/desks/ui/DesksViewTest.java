package in.eofficemonitor.dashboard.desks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class DesksViewTest extends DashboardTestBase {

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void everyDeskWithItsAgeBucketsMostPendingFirstAndTheSlowestMarked() {
        DesksView view = navigate(DesksView.class);

        assertThat(view.grid.getListDataView().getItems().map(PendencyRow::id))
                .containsExactlyInAnyOrder(DashboardFixtures.KNJ_AG3, DashboardFixtures.KNJ_OS, DashboardFixtures.LKO_AG3,
                        DashboardFixtures.SEC_US, DashboardFixtures.POL_DESK);
        PendencyRow lucknow = test(view.grid).getRow(0);
        assertThat(lucknow.id()).isEqualTo(DashboardFixtures.LKO_AG3);
        assertThat(lucknow.ages().days31To90()).isEqualTo(1);
        assertThat(lucknow.ages().days91To180()).isEqualTo(1);
        int flag = test(view.grid).getColumnPosition("flag");
        assertThat(test(view.grid).getCellText(0, flag)).isEqualTo("Slowest");
        assertThat(test(view.grid).getCellText(1, flag)).isEmpty();
        assertThat(test(view.grid).isColumnSortable(2)).isTrue();
    }

    @Test
    @WithMockUser(username = "dm-kannauj", roles = "DISTRICT")
    void oneOfficeByUrl() {
        DesksView view = in.eofficemonitor.dashboard.QueryStrings.open(this, DesksView.class, "office=" + DashboardFixtures.KNJ_COLL);

        assertThat(view.grid.getListDataView().getItems().map(PendencyRow::id))
                .containsExactlyInAnyOrder(DashboardFixtures.KNJ_AG3, DashboardFixtures.KNJ_OS);
        assertThat(view.office.getValue().officeId()).isEqualTo(DashboardFixtures.KNJ_COLL);
    }
}
