package in.eofficemonitor.dashboard.trail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.warehouse.trail.TrailStay;
import in.eofficemonitor.dashboard.DashboardTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class TrailViewTest extends DashboardTestBase {

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void everyStayWithItsDwellAndTheDeskHoldingItNow() {
        TrailView view = navigate(TrailView.class, "KNJ-F1");

        assertThat(view.stays.getListDataView().getItems().map(TrailStay::deskId))
                .containsExactly(DashboardFixtures.KNJ_AG3, DashboardFixtures.KNJ_OS);
        TrailStay first = test(view.stays).getRow(0);
        assertThat(first.dwell().toDays()).isEqualTo(8);
        assertThat(test(view.stays).getCellText(0, test(view.stays).getColumnPosition("dwell"))).isEqualTo("8 d 0 h");
        assertThat(view.current.getText()).startsWith("Now at Office Superintendent (" + DashboardFixtures.KNJ_OS + ")")
                .contains("12 d");
        assertThat(view.notFound.getText()).isEmpty();
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void anUnknownFileIsNotFound() {
        TrailView view = navigate(TrailView.class, "NO-SUCH-FILE");

        assertThat(view.notFound.getText()).contains("NO-SUCH-FILE");
        assertThat(test(view.stays).size()).isZero();
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void typingThreeCharactersSuggestsFileIdsThatLinkToTheirTrails() {
        TrailView view = navigate(TrailView.class, "");

        view.suggest("KN");
        assertThat(view.suggestions.getChildren()).isEmpty();
        view.suggest("KNJ-");
        assertThat(view.suggestions.getChildren().map(c -> ((com.vaadin.flow.router.RouterLink) c).getText()))
                .containsExactly("KNJ-F1", "KNJ-R2");
    }
}
