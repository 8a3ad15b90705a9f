package in.eofficemonitor.dashboard.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.SortDirection;
import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.rollout.RolloutRow;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The overview refreshes itself: new events show up in the open view, whose grids, chart and sort order stay
 * (the open components are updated from a fresh copy, not replaced).
 */
@WithMockUser(username = "cs", roles = "STATE")
class OverviewRefreshTest extends DashboardTestBase {

    private static final String NEW_EVENT = "REFRESH-TEST-e1";

    @AfterEach
    void removeTheNewEvent() {
        // and its copy in creations_and_closes (V084), which the rollout and key figures read
        for (String table : new String[] {"movement_events", "creations_and_closes"}) {
            warehouse.execute("ALTER TABLE " + table + " DELETE WHERE event_id = {id:String} SETTINGS mutations_sync = 2",
                    SqlParams.of("id", NEW_EVENT));
        }
    }

    private long unregisteredFilesCreated(OverviewView view) {
        return view.rollout.getListDataView().getItems().filter(r -> r.category().isEmpty())
                .mapToLong(RolloutRow::filesCreated).sum();
    }

    @Test
    void anOpenOverviewShowsNewEventsAndKeepsItsComponentsAndSortOrder() {
        OverviewView view = navigate(OverviewView.class);
        test(view.rollout).sortByColumn(1, SortDirection.DESCENDING);
        var sorted = view.rollout.getSortOrder();
        var chart = view.getChildren().filter(c -> c.getId().equals(java.util.Optional.of("rollout-chart"))).findFirst()
                .orElseThrow();
        String chartBefore = chart.getElement().getProperty("innerHTML");
        assertThat(unregisteredFilesCreated(view)).isZero();

        // An e-file created at an office the registry does not know yet: rollout gains a row for it.
        Instant at = Instant.now().minus(Duration.ofDays(60));
        warehouse.execute("""
                INSERT INTO movement_events VALUES ({id:String}, {at:DateTime64(3, 'Asia/Kolkata')}, 'CREATED', 'FILE',
                    'REFRESH-F9', {office:String}, '', 'NEW-OFFICE-CLK-01', 'NORMAL', '', 'test', now64(3))""",
                SqlParams.of("id", NEW_EVENT).and("at", at).and("office", DashboardFixtures.UNREGISTERED_OFFICE));
        refreshOpenViews();

        assertThat(unregisteredFilesCreated(view)).isEqualTo(1);
        assertThat(view.rollout.getSortOrder()).isEqualTo(sorted);
        assertThat(view.getChildren()).as("the open grid and chart stay in place").contains(view.rollout, chart);
        assertThat(chart.getElement().getProperty("innerHTML")).isNotEqualTo(chartBefore);
    }

    @Test
    void aClosedOverviewIsNoLongerRefreshed() {
        navigate(OverviewView.class);
        int open = live.openViews();
        com.vaadin.flow.component.UI.getCurrent().navigate("alerts"); // a view that does not refresh itself

        assertThat(live.openViews()).as("the overview's one registration is gone").isEqualTo(open - 1);
    }
}
