package in.eofficemonitor.dashboard.trail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.security.AccessGuard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An open trail refreshes itself without touching what the user is typing into the search field; a file that was
 * not found (or not the user's) is not asked for again and again.
 */
@WithMockUser(username = "dm-lucknow", roles = "DISTRICT")
class TrailRefreshTest extends DashboardTestBase {

    @Autowired
    AccessGuard guard;

    private long trailQueries() {
        return warehouse.timings().snapshot().entrySet().stream().filter(e -> e.getKey().startsWith("trail/"))
                .mapToLong(e -> e.getValue().count()).sum();
    }

    @Test
    void anOpenTrailReQueriesItsFileAndLeavesTheSearchFieldAlone() {
        TrailView view = navigate(TrailView.class, "LKO-F3");
        view.fileId.setValue("LKO-F"); // the user has begun typing another id
        long queries = trailQueries();

        refreshOpenViews();

        assertThat(trailQueries()).isGreaterThan(queries);
        assertThat(view.fileId.getValue()).isEqualTo("LKO-F");
        assertThat(view.stays.getListDataView().getItems()).isNotEmpty();
        assertThat(view.current.getText()).isNotBlank();
    }

    @Test
    void anotherDistrictsFileIsNotAskedForAgainOnEveryRefresh() {
        TrailView view = navigate(TrailView.class, "KNJ-F1");
        assertThat(view.notFound.getText()).isNotEmpty();
        double denied = guard.deniedCount();

        refreshOpenViews();

        assertThat(guard.deniedCount()).isEqualTo(denied);
        assertThat(view.stays.getListDataView().getItems()).isEmpty();
    }
}
