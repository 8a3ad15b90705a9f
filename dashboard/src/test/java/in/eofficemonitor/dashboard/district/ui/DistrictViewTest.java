package in.eofficemonitor.dashboard.district.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouterLink;
import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.QueryStrings;
import in.eofficemonitor.dashboard.desks.ui.DesksViews;
import in.eofficemonitor.dashboard.district.DistrictService.OfficeLine;
import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.warehouse.kpis.IdleDesk;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class DistrictViewTest extends DashboardTestBase {

    @Autowired AccessGuard guard;

    private static Map<String, OfficeLine> offices(DistrictView view) {
        return view.offices.getListDataView().getItems().collect(Collectors.toMap(OfficeLine::officeId, Function.identity()));
    }

    private static String figure(DistrictView view, String id) {
        return view.figures.getChildren().filter(c -> c.getId().orElse("").equals(id)).findFirst()
                .map(c -> ((in.eofficemonitor.dashboard.base.FigureCard) c).value()).orElseThrow();
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void theStatePicksADistrictAndSeesItsOfficesPendencyStuckAndKeyFigures() {
        DistrictView view = QueryStrings.open(this, DistrictView.class, "district=" + DashboardFixtures.KANNAUJ);

        assertThat(view.district.getValue()).isEqualTo(DashboardFixtures.KANNAUJ);
        Map<String, OfficeLine> offices = offices(view);
        assertThat(offices).containsOnlyKeys(DashboardFixtures.KNJ_COLL, DashboardFixtures.POL_KNJ);
        OfficeLine collectorate = offices.get(DashboardFixtures.KNJ_COLL);
        // KNJ-F1 (12 days at the OS: stuck) and the receipt KNJ-R2 (2 days); the slashed file was closed.
        assertThat(collectorate.files()).isEqualTo(1);
        assertThat(collectorate.receipts()).isEqualTo(1);
        assertThat(collectorate.ages().days0To7()).isEqualTo(1);
        assertThat(collectorate.ages().days8To15()).isEqualTo(1);
        assertThat(collectorate.stuck()).isEqualTo(1);
        // In the last 7 days the Collectorate opened KNJ-R2 and the slashed file, and closed the latter.
        assertThat(collectorate.kpis().created()).isEqualTo(2);
        assertThat(collectorate.kpis().closed()).isEqualTo(1);
        assertThat(collectorate.kpis().idleDesks()).as("Assistant Grade 1 never acted").isEqualTo(1);
        assertThat(offices.get(DashboardFixtures.POL_KNJ).stuck()).isEqualTo(1);

        // The district: 3 created (with POL-F6), 1 closed after 2 desks.
        assertThat(figure(view, "district-kpi-created")).isEqualTo("3");
        assertThat(figure(view, "district-kpi-closed")).isEqualTo("1");
        assertThat(figure(view, "district-kpi-disposal")).isEqualTo("33.3 %");
        assertThat(figure(view, "district-kpi-levels")).isEqualTo("2.00");
        assertThat(figure(view, "district-kpi-over4")).isEqualTo("0.0 %");
        assertThat(figure(view, "district-kpi-idle")).isEqualTo("1");
        assertThat(figure(view, "district-kpi-stuck")).isEqualTo("2");
        assertThat(view.summary.getText()).startsWith("Kannauj: 2 offices, 2 files and 1 receipts pending now, 2 stuck.");

        assertThat(view.idleDesks.getListDataView().getItems().map(IdleDesk::deskId)).containsExactly(DashboardFixtures.KNJ_AG1);
        assertThat(test(view.idleDesks).getCellText(0, test(view.idleDesks).getColumnPosition("last")))
                .isEqualTo("None recorded");
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void anOfficeDrillsIntoItsDesks() {
        DistrictView view = QueryStrings.open(this, DistrictView.class, "district=" + DashboardFixtures.KANNAUJ);
        int row = view.offices.getListDataView().getItems().map(OfficeLine::officeId).toList()
                .indexOf(DashboardFixtures.KNJ_COLL);

        RouterLink link = (RouterLink) test(view.offices).getCellComponent(row, "office");
        assertThat(link.getHref()).isEqualTo("desks?office=" + DashboardFixtures.KNJ_COLL);
        test(link).click();

        assertThat(DesksViews.deskIdsShown((com.vaadin.flow.component.Component) getCurrentView()))
                .containsExactlyInAnyOrder(DashboardFixtures.KNJ_AG3, DashboardFixtures.KNJ_OS);
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void withoutADistrictTheStateIsAskedToPickOne() {
        DistrictView view = navigate(DistrictView.class);

        assertThat(view.district.getListDataView().getItems())
                .containsExactly(DashboardFixtures.KANNAUJ, DashboardFixtures.LUCKNOW);
        assertThat(view.notice.getText()).isEqualTo("Choose a district.");
        assertThat(view.offices.getListDataView().getItemCount()).isZero();
    }

    @Test
    @WithMockUser(username = "dm-kannauj", roles = "DISTRICT")
    void aCollectorSeesTheirOwnDistrictWithoutAskingAndNothingOfAnother() {
        DistrictView own = navigate(DistrictView.class);
        assertThat(own.district.getValue()).isEqualTo(DashboardFixtures.KANNAUJ);
        assertThat(own.district.getListDataView().getItems()).containsExactly(DashboardFixtures.KANNAUJ);
        assertThat(offices(own)).containsOnlyKeys(DashboardFixtures.KNJ_COLL, DashboardFixtures.POL_KNJ);

        double before = guard.deniedCount();
        DistrictView other = QueryStrings.open(this, DistrictView.class, "district=" + DashboardFixtures.LUCKNOW);
        assertThat(other.offices.getListDataView().getItemCount()).isZero();
        assertThat(other.idleDesks.getListDataView().getItemCount()).isZero();
        assertThat(other.figures.getChildren()).isEmpty();
        assertThat(other.notice.getText()).isEqualTo(other.getTranslation("district.none", DashboardFixtures.LUCKNOW))
                .contains(DashboardFixtures.LUCKNOW); // (in Hindi: the Collector of Kannauj reads Hindi)
        assertThat(guard.deniedCount()).isEqualTo(before + 1);
    }

    @Test
    @WithMockUser(username = "head-knj-coll", roles = "OFFICE")
    void aHeadOfOfficeHasNoDistrictViewAndAskingForOneByUrlIsCounted() {
        double before = guard.deniedCount();
        DistrictView view = QueryStrings.open(this, DistrictView.class, "district=" + DashboardFixtures.KANNAUJ);

        assertThat(view.notice.getText()).isEqualTo(view.getTranslation("district.notForRole"));
        assertThat(view.offices.getListDataView().getItemCount()).isZero();
        assertThat(guard.deniedCount()).isEqualTo(before + 1);
    }
}
