package in.eofficemonitor.dashboard.stuck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.SortDirection;
import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.QueryStrings;
import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.dashboard.stuck.StuckLine;
import in.eofficemonitor.dashboard.stuck.StuckService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class StuckViewTest extends DashboardTestBase {

    @Autowired AccessGuard guard;

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void everyStuckItemOfTheStateAndTheFreshReceiptIsNotAmongThem() {
        StuckView view = navigate(StuckView.class);

        assertThat(view.onScreen().stream().map(StuckLine::fileId))
                .containsExactlyInAnyOrder("KNJ-F1", "LKO-F3", "LKO-F4", "SEC-F5", "POL-F6");
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void filtersComeFromTheUrl() {
        StuckView view = in.eofficemonitor.dashboard.QueryStrings.open(this, StuckView.class, "district=Lucknow&priority=IMMEDIATE");

        assertThat(view.onScreen().stream().map(StuckLine::fileId)).containsExactly("LKO-F3");
        assertThat(view.district.getValue()).isEqualTo("Lucknow");
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void csvHoldsExactlyTheRowsOnScreenInTheirOrder() {
        StuckView view = in.eofficemonitor.dashboard.QueryStrings.open(this, StuckView.class, "kind=FILE");
        view.grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(view.grid.getColumnByKey("days"),
                SortDirection.DESCENDING)));

        List<String> lines = StuckService.csv(view.onScreen()).lines().toList();

        assertThat(lines.getFirst()).isEqualTo(String.join(",", StuckService.CSV_HEADER));
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]))
                .containsExactly("LKO-F4", "LKO-F3", "KNJ-F1", "SEC-F5", "POL-F6");
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void xlsxHoldsTheSameRowsAsTheCsvInTheSameOrder() throws Exception {
        StuckView view = in.eofficemonitor.dashboard.QueryStrings.open(this, StuckView.class, "kind=FILE");
        view.grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(view.grid.getColumnByKey("days"),
                SortDirection.DESCENDING)));

        List<List<String>> sheet = in.eofficemonitor.dashboard.base.XlsxSheets.rows(StuckService.xlsx(view.onScreen()));
        List<String> csv = StuckService.csv(view.onScreen()).lines().toList();

        assertThat(sheet.getFirst()).isEqualTo(StuckService.CSV_HEADER);
        assertThat(sheet.stream().skip(1).map(List::getFirst))
                .containsExactly("LKO-F4", "LKO-F3", "KNJ-F1", "SEC-F5", "POL-F6");
        assertThat(sheet).hasSize(csv.size());
        assertThat(sheet.get(1).getLast()).startsWith("n:").isEqualTo("n:" + csv.get(1).substring(csv.get(1).lastIndexOf(',') + 1));
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void aDeskFromTheUrlShowsWhatIsStuckThere() {
        StuckView view = QueryStrings.open(this, StuckView.class, "desk=" + DashboardFixtures.KNJ_OS);

        assertThat(view.onScreen().stream().map(StuckLine::fileId)).containsExactly("KNJ-F1");
        assertThat(view.desk.getValue()).isEqualTo(DashboardFixtures.KNJ_OS);
        assertThat(QueryStrings.open(this, StuckView.class, "desk=" + DashboardFixtures.KNJ_AG3).onScreen())
                .as("the receipt at AG3 is not stuck").isEmpty();
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void anAgeBucketOrAMinimumOfDaysAtTheDesk() {
        // KNJ-F1 12 days, LKO-F3 40, LKO-F4 100, SEC-F5 10, POL-F6 5.
        assertThat(ids(QueryStrings.open(this, StuckView.class, "age=31_90"))).containsExactly("LKO-F3");
        assertThat(ids(QueryStrings.open(this, StuckView.class, "age=8_15"))).containsExactlyInAnyOrder("KNJ-F1", "SEC-F5");
        assertThat(ids(QueryStrings.open(this, StuckView.class, "min-days=11")))
                .containsExactlyInAnyOrder("KNJ-F1", "LKO-F3", "LKO-F4");
        assertThat(ids(QueryStrings.open(this, StuckView.class, "age=8_15&min-days=11"))).containsExactly("KNJ-F1");
        assertThat(ids(QueryStrings.open(this, StuckView.class, "age=0_7&min-days=8"))).as("nothing can match").isEmpty();
        StuckView view = QueryStrings.open(this, StuckView.class, "age=91_180&kind=FILE");
        assertThat(view.age.getValue().key()).isEqualTo("91_180");
        assertThat(view.summary.getText()).isEqualTo("1 stuck now");
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void choosingTheNewFiltersPutsThemInTheUrl() {
        StuckView view = navigate(StuckView.class);
        test(view.age).selectItem("31–90 days");
        assertThat(location()).isEqualTo(Map.of("age", "31_90"));
        assertThat(ids((StuckView) getCurrentView())).containsExactly("LKO-F3");

        StuckView next = (StuckView) getCurrentView();
        new com.vaadin.flow.component.textfield.NumberFieldTester<>(next.minDays).setValue(50);
        assertThat(location()).isEqualTo(Map.of("age", "31_90", "min-days", "50"));
        assertThat(ids((StuckView) getCurrentView())).isEmpty();

        StuckView byOffice = QueryStrings.open(this, StuckView.class, "office=" + DashboardFixtures.KNJ_COLL);
        assertThat(byOffice.desk.getListDataView().getItems())
                .containsExactly(DashboardFixtures.KNJ_AG1, DashboardFixtures.KNJ_AG3, DashboardFixtures.KNJ_OS);
        test(byOffice.desk).selectItem("Office Superintendent (" + DashboardFixtures.KNJ_OS + ")");
        assertThat(location()).isEqualTo(Map.of("office", DashboardFixtures.KNJ_COLL, "desk", DashboardFixtures.KNJ_OS));
        assertThat(ids((StuckView) getCurrentView())).containsExactly("KNJ-F1");
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void theExportsOfAFilteredListAreExactlyItsRows() throws Exception {
        StuckView view = QueryStrings.open(this, StuckView.class, "min-days=11&kind=FILE");
        view.grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(view.grid.getColumnByKey("days"),
                SortDirection.ASCENDING)));

        List<String> csv = StuckService.csv(view.onScreen()).lines().toList();
        assertThat(csv.stream().skip(1).map(l -> l.split(",")[0])).containsExactly("KNJ-F1", "LKO-F3", "LKO-F4");
        List<List<String>> sheet = in.eofficemonitor.dashboard.base.XlsxSheets.rows(StuckService.xlsx(view.onScreen()));
        assertThat(sheet.stream().skip(1).map(List::getFirst)).containsExactly("KNJ-F1", "LKO-F3", "LKO-F4");
    }

    @Test
    @WithMockUser(username = "dm-lucknow", roles = "DISTRICT")
    void anotherDistrictsDeskGivesNothingAndIsCounted() {
        double before = guard.deniedCount();
        StuckView view = QueryStrings.open(this, StuckView.class, "desk=" + DashboardFixtures.KNJ_OS);

        assertThat(view.onScreen()).isEmpty();
        assertThat(StuckService.csv(view.onScreen()).lines()).containsExactly(String.join(",", StuckService.CSV_HEADER));
        assertThat(guard.deniedCount()).isEqualTo(before + 1);
        assertThat(QueryStrings.open(this, StuckView.class, "").desk.getListDataView().getItems())
                .as("a Collector is offered the desks of their district").containsExactly(DashboardFixtures.LKO_AG3);
    }

    private static List<String> ids(StuckView view) {
        return view.onScreen().stream().map(StuckLine::fileId).toList();
    }

    /** The stuck view's URL parameters now (their order in the URL is Vaadin's). */
    private static Map<String, String> location() {
        com.vaadin.flow.router.Location at = com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation();
        assertThat(at.getPath()).isEqualTo("stuck");
        return QueryStrings.parse(at.getQueryParameters().getQueryString());
    }
}
