package in.eofficemonitor.dashboard.trend.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.warehouse.QueryTimings;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The pendency view refreshes itself for the day the user picked, keeping that day and the grid's sort order. */
class TrendRefreshTest extends DashboardTestBase {

    private long asOfQueries() {
        QueryTimings.Timing t = warehouse.timings().snapshot().get("pendency/as_of");
        return t == null ? 0 : t.count();
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void anOpenViewReQueriesThePickedDayKeepingItAndItsSortOrder() {
        TrendView view = navigate(TrendView.class);
        LocalDate picked = LocalDate.now(ZoneId.of("Asia/Kolkata")).minusDays(15);
        view.asOf.setValue(picked);
        test(view.grid).sortByColumn(1);
        var sorted = view.grid.getSortOrder();
        var rows = view.grid.getListDataView().getItems().toList();
        long queries = asOfQueries();

        refreshOpenViews();

        assertThat(asOfQueries()).isGreaterThan(queries);
        assertThat(view.asOf.getValue()).isEqualTo(picked);
        assertThat(view.caption.getText()).contains(in.eofficemonitor.dashboard.base.Formats.date(picked));
        assertThat(view.grid.getSortOrder()).isEqualTo(sorted).isNotEmpty();
        assertThat(view.grid.getListDataView().getItems()).containsExactlyElementsOf(rows);
    }
}
