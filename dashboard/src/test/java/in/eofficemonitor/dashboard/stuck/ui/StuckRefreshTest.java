package in.eofficemonitor.dashboard.stuck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.base.LiveRefresh;
import in.eofficemonitor.dashboard.stuck.StuckLine;
import in.eofficemonitor.warehouse.QueryTimings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class StuckRefreshTest extends DashboardTestBase {

    @Autowired
    LiveRefresh live;

    private long stuckQueries() {
        QueryTimings.Timing t = warehouse.timings().snapshot().get("stuck/as_of");
        return t == null ? 0 : t.count();
    }

    @Test
    @WithMockUser(username = "dm-lucknow", roles = "DISTRICT")
    void anOpenViewReQueriesKeepingItsFilterAndSortOrder() {
        StuckView view = navigate(StuckView.class);
        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("days"), SortDirection.ASCENDING)));
        List<String> before = view.onScreen().stream().map(StuckLine::fileId).toList();
        long queries = stuckQueries();

        assertThat(live.openViews()).isPositive();
        live.refreshAll();
        // The timer's thread would wait for the session lock; here the test holds it, so run what it queued.
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);

        assertThat(stuckQueries()).isGreaterThan(queries);
        assertThat(view.onScreen().stream().map(StuckLine::fileId)).containsExactlyElementsOf(before)
                .containsExactly("LKO-F3", "LKO-F4");
    }
}
