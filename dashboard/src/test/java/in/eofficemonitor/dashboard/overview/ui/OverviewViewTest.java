package in.eofficemonitor.dashboard.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.rollout.RolloutRow;
import in.eofficemonitor.warehouse.stuck.StuckCount;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class OverviewViewTest extends DashboardTestBase {

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void stateSeesCoverageOfEveryCategoryAndWhereFilesAreStuck() {
        OverviewView view = navigate(OverviewView.class);

        assertThat(test(view.rollout).size()).isEqualTo(OfficeCategory.values().length);
        RolloutRow district = view.rollout.getListDataView().getItems()
                .filter(r -> r.category().equals(Optional.of(OfficeCategory.DISTRICT_OFFICE))).findFirst().orElseThrow();
        assertThat(district.offices()).isEqualTo(2);
        assertThat(district.live()).isEqualTo(1);
        assertThat(district.inProgress()).isEqualTo(1);
        assertThat(view.getElement().toString()).contains("rollout-chart");

        // Lucknow holds 2 stuck files, Kannauj 2 (one of them at the police office), the Revenue Department 1
        // (a state-level office: no district, so it is ranked as the group of state-level offices).
        assertThat(view.topDistricts.getListDataView().getItems().map(StuckCount::name))
                .containsExactlyInAnyOrder("Lucknow", "Kannauj", "State-level offices");
        assertThat(view.topOffices.getListDataView().getItems().map(StuckCount::id).toList())
                .startsWith("LKO-COLL").contains("KNJ-COLL", "SEC-REV", "POL-KNJ");
    }

    @Test
    @WithMockUser(username = "police-hq", roles = "POLICE")
    void policeSeeOnlyPoliceUnits() {
        OverviewView view = navigate(OverviewView.class);

        assertThat(view.rollout.getListDataView().getItems().map(r -> r.category().orElseThrow()))
                .containsExactly(OfficeCategory.POLICE_UNIT);
        assertThat(view.topOffices.getListDataView().getItems().map(StuckCount::id)).containsExactly("POL-KNJ");
    }
}
