package in.eofficemonitor.dashboard.district.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.QueryStrings;
import in.eofficemonitor.dashboard.district.DistrictService.OfficeLine;
import in.eofficemonitor.warehouse.SqlParams;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The district view refreshes itself: new events show up for the district shown, which stays, as does the sort. */
@WithMockUser(username = "cs", roles = "STATE")
class DistrictRefreshTest extends DashboardTestBase {

    private static final String NEW_EVENT = "DISTRICT-REFRESH-e1";

    @AfterEach
    void removeTheNewEvent() {
        // and its copy in creations_and_closes (V084), which the rollout and key figures read
        for (String table : new String[] {"movement_events", "creations_and_closes"}) {
            warehouse.execute("ALTER TABLE " + table + " DELETE WHERE event_id = {id:String} SETTINGS mutations_sync = 2",
                    SqlParams.of("id", NEW_EVENT));
        }
    }

    private static long createdAtTheCollectorate(DistrictView view) {
        return view.offices.getListDataView().getItems().filter(l -> l.officeId().equals(DashboardFixtures.KNJ_COLL))
                .mapToLong(l -> l.kpis().created()).sum();
    }

    @Test
    void anOpenDistrictShowsNewEventsForTheSameDistrictAndKeepsItsSortOrder() {
        DistrictView view = QueryStrings.open(this, DistrictView.class, "district=" + DashboardFixtures.KANNAUJ);
        test(view.offices).sortByColumn(0);
        var sorted = view.offices.getSortOrder();
        var officesShown = view.offices.getListDataView().getItems().map(OfficeLine::officeId).toList();
        long before = createdAtTheCollectorate(view);

        // A receipt created an hour ago at the Collectorate, at a desk the registry does not list (so that no
        // registered desk stops being idle for the other tests once the event is deleted again).
        warehouse.execute("""
                INSERT INTO movement_events VALUES ({id:String}, {at:DateTime64(3, 'Asia/Kolkata')}, 'CREATED', 'RECEIPT',
                    'DISTRICT-REFRESH-R1', {office:String}, '', 'KNJ-COLL-REFRESH-01', 'NORMAL', '', 'test', now64(3))""",
                SqlParams.of("id", NEW_EVENT).and("at", Instant.now().minus(Duration.ofHours(1)))
                        .and("office", DashboardFixtures.KNJ_COLL));
        refreshOpenViews();

        assertThat(createdAtTheCollectorate(view)).isEqualTo(before + 1);
        assertThat(view.district.getValue()).isEqualTo(DashboardFixtures.KANNAUJ);
        assertThat(view.offices.getSortOrder()).isEqualTo(sorted).isNotEmpty();
        assertThat(view.offices.getListDataView().getItems().map(OfficeLine::officeId).toList())
                .containsExactlyElementsOf(officesShown);
    }

    @Test
    void aClosedDistrictViewIsNoLongerRefreshed() {
        QueryStrings.open(this, DistrictView.class, "district=" + DashboardFixtures.KANNAUJ);
        int open = live.openViews();
        com.vaadin.flow.component.UI.getCurrent().navigate("alerts"); // a view that does not refresh itself

        assertThat(live.openViews()).as("the district view's registration is gone").isEqualTo(open - 1);
    }
}
