package in.eofficemonitor.dashboard.scoping;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.desks.DeskService;
import in.eofficemonitor.dashboard.overview.OverviewService;
import in.eofficemonitor.warehouse.kpis.KpiTotals;
import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.security.UserScope;
import in.eofficemonitor.dashboard.stuck.StuckLine;
import in.eofficemonitor.dashboard.stuck.StuckSelection;
import in.eofficemonitor.dashboard.stuck.StuckService;
import in.eofficemonitor.dashboard.trail.TrailService;
import in.eofficemonitor.dashboard.trend.TrendService;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import in.eofficemonitor.warehouse.stuck.StuckCount;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The head of the Kannauj Collectorate (role OFFICE) sees that one office: not the police office of the same
 * district, not the rest of the state — through every view, the exports, the file search and URLs — and may not
 * open the state's health and alerts views. Every attempt is counted.
 */
@WithMockUser(username = "head-knj-coll", roles = "OFFICE")
class OfficeScopingViewsTest extends DashboardTestBase {

    @Autowired DeskService desks;
    @Autowired StuckService stuck;
    @Autowired TrailService trails;
    @Autowired OverviewService overview;
    @Autowired TrendService trend;
    @Autowired CurrentUser currentUser;
    @Autowired AccessGuard guard;

    @Test
    void ownOfficeOnlyInEveryView() {
        assertThat(currentUser.scope()).isEqualTo(new UserScope(in.eofficemonitor.alerts.recipients.Role.OFFICE,
                DashboardFixtures.KNJ_COLL));
        assertThat(desks.desks(Optional.empty()).stream().map(PendencyRow::id))
                .containsExactlyInAnyOrder(DashboardFixtures.KNJ_AG3, DashboardFixtures.KNJ_OS);
        assertThat(stuck.stuck(StuckSelection.any()).stream().map(StuckLine::fileId)).containsExactly("KNJ-F1");
        assertThat(overview.topOffices(currentUser.scope()).stream().map(StuckCount::id)).containsExactly(DashboardFixtures.KNJ_COLL);
        assertThat(overview.topDistricts(currentUser.scope())).isEmpty();
        assertThat(overview.rollout(currentUser.scope())).isEmpty();
        assertThat(trend.asOf(trend.today()).stream().map(PendencyRow::id)).containsExactly(DashboardFixtures.KNJ_COLL);
        assertThat(trails.suggest("KNJ-")).containsExactlyInAnyOrder("KNJ-F1", "KNJ-R2");
        assertThat(trails.suggest("POL-")).as("the police office of the same district").isEmpty();
    }

    @Test
    void theKeyFiguresAreTheOfficesOwnNotTheDistricts() {
        // Kannauj district created three items in the last 7 days: KNJ-R2 and UP/KNJ-COLL/2026/000123 here, POL-F6
        // at the police office.
        assertThat(overview.keyFigures(UserScope.of(in.eofficemonitor.alerts.recipients.Scope.district(DashboardFixtures.KANNAUJ)))
                .opened()).isEqualTo(3);
        KpiTotals own = overview.keyFigures(currentUser.scope());
        assertThat(own.opened()).isEqualTo(2);
        assertThat(own.filesCreated()).as("KNJ-R2 is a receipt, UP/KNJ-COLL/2026/000123 a file").isEqualTo(1);
    }

    @Test
    void anotherOfficeOfTheSameDistrictByUrlGivesNothingAndIsCounted() throws Exception {
        double before = guard.deniedCount();

        assertThat(UrlViews.stuckFileIds(this, "stuck?office=" + DashboardFixtures.POL_KNJ)).isEmpty();
        assertThat(UrlViews.stuckFileIds(this, "stuck?district=" + DashboardFixtures.KANNAUJ)).isEmpty();
        assertThat(UrlViews.deskIds(this, "desks?office=" + DashboardFixtures.POL_KNJ)).isEmpty();
        assertThat(UrlViews.trailFound(this, "POL-F6")).isFalse();
        assertThat(UrlViews.trailFound(this, "KNJ-F1")).isTrue();
        assertThat(guard.deniedCount()).isEqualTo(before + 4);

        List<List<String>> workbook = UrlViews.stuckXlsxRows(this, "stuck");
        assertThat(workbook).hasSize(2);
        assertThat(workbook.get(1).getFirst()).isEqualTo("KNJ-F1");
        assertThat(UrlViews.stuckCsv(this, "stuck")).contains("KNJ-F1").doesNotContain("POL-", "LKO-", "SEC-");
    }

    @Test
    void theHealthAndAlertsViewsAreNotTheirsAndEachTryIsCounted() {
        double before = guard.deniedCount();

        assertThat(UrlViews.opened(this, "health")).isEqualTo("access-denied");
        assertThat(UrlViews.opened(this, "alerts")).isEqualTo("access-denied");
        assertThat(guard.deniedCount()).isEqualTo(before + 2);
    }
}
