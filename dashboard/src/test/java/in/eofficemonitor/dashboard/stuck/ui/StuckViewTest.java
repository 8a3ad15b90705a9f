package in.eofficemonitor.dashboard.stuck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.SortDirection;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.stuck.StuckLine;
import in.eofficemonitor.dashboard.stuck.StuckService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class StuckViewTest extends DashboardTestBase {

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
}
