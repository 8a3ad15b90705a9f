package in.eofficemonitor.dashboard.scoping;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.desks.DeskService;
import in.eofficemonitor.dashboard.overview.OverviewService;
import in.eofficemonitor.warehouse.kpis.KpiTotals;
import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.stuck.StuckLine;
import in.eofficemonitor.dashboard.stuck.StuckSelection;
import in.eofficemonitor.dashboard.stuck.StuckService;
import in.eofficemonitor.dashboard.trail.TrailService;
import in.eofficemonitor.dashboard.trend.TrendService;
import in.eofficemonitor.warehouse.pendency.PendencyPoint;
import java.time.LocalDate;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import in.eofficemonitor.warehouse.stuck.StuckCount;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Collector of Lucknow gets nothing of Kannauj — not through any view's own query, not through a filter or
 * an id typed into the URL, not through the CSV or Excel export, not in the overview's key figures or the trend —
 * and may not open the state's health and alerts views; every such attempt is logged and counted. The views
 * are driven through their routes (browserless), the export through what the stuck view has on screen.
 */
@WithMockUser(username = "dm-lucknow", roles = "DISTRICT")
class ScopingViewsTest extends DashboardTestBase {

    @Autowired DeskService desks;
    @Autowired StuckService stuck;
    @Autowired TrailService trails;
    @Autowired OverviewService overview;
    @Autowired CurrentUser currentUser;
    @Autowired AccessGuard guard;
    @Autowired TrendService trend;

    @Test
    void ownDistrictOnlyInEveryView() {
        assertThat(desks.desks(Optional.empty()).stream().map(PendencyRow::officeId)).containsOnly(DashboardFixtures.LKO_COLL);
        assertThat(stuck.stuck(StuckSelection.any()).stream().map(StuckLine::district)).containsOnly("Lucknow").isNotEmpty();
        assertThat(stuck.districts()).containsExactly("Lucknow");
        assertThat(overview.topOffices(currentUser.scope()).stream().map(StuckCount::id)).containsExactly(DashboardFixtures.LKO_COLL);
        assertThat(overview.topDistricts(currentUser.scope())).isEmpty();
        assertThat(overview.rollout(currentUser.scope())).isEmpty();
        assertThat(trails.suggest("KNJ-")).as("another district's files are never suggested").isEmpty();
        assertThat(trails.suggest("LKO-")).isNotEmpty().allMatch(id -> id.startsWith("LKO-"));
    }

    @Test
    void anotherDistrictTypedIntoTheUrlGivesNothingAndIsCounted() {
        double before = guard.deniedCount();

        List<String> byDistrict = UrlViews.stuckFileIds(this, "stuck?district=Kannauj");
        List<String> byOffice = UrlViews.stuckFileIds(this, "stuck?office=" + DashboardFixtures.KNJ_COLL);
        List<String> policeOffice = UrlViews.stuckFileIds(this, "stuck?office=" + DashboardFixtures.POL_KNJ);
        List<String> deskRows = UrlViews.deskIds(this, "desks?office=" + DashboardFixtures.KNJ_COLL);
        String csv = UrlViews.stuckCsv(this, "stuck?district=Kannauj");

        assertThat(byDistrict).isEmpty();
        assertThat(byOffice).isEmpty();
        assertThat(policeOffice).isEmpty();
        assertThat(deskRows).isEmpty();
        assertThat(csv.lines()).containsExactly(String.join(",", StuckService.CSV_HEADER));
        assertThat(guard.deniedCount()).isEqualTo(before + 5);
    }

    @Test
    void anotherDistrictsFileIsNotFoundByItsIdNorByUrl() {
        double before = guard.deniedCount();

        assertThat(trails.trail("KNJ-F1")).isEmpty();
        assertThat(UrlViews.trailFound(this, "KNJ-F1")).isFalse();
        assertThat(trails.trail("LKO-F3")).isPresent();
        assertThat(UrlViews.trailFound(this, "LKO-F3")).isTrue();
        assertThat(guard.deniedCount()).isEqualTo(before + 2);
    }

    @Test
    void theExportOfTheOwnListHasOnlyOwnRows() {
        String csv = UrlViews.stuckCsv(this, "stuck");

        assertThat(csv).contains("LKO-F3", "LKO-F4").doesNotContain("KNJ-", "SEC-", "POL-", "Kannauj");
    }

    @Test
    void theExcelExportHasOnlyOwnRowsAndNothingForAnotherDistrictsUrl() throws Exception {
        double before = guard.deniedCount();

        List<List<String>> own = UrlViews.stuckXlsxRows(this, "stuck");
        List<List<String>> other = UrlViews.stuckXlsxRows(this, "stuck?district=Kannauj");

        assertThat(own).hasSize(3);
        assertThat(own.subList(1, 3)).allSatisfy(row -> assertThat(row.getFirst()).startsWith("LKO-"));
        assertThat(own.toString()).doesNotContain("KNJ-", "SEC-", "POL-", "Kannauj");
        assertThat(other).as("the header alone").hasSize(1);
        assertThat(guard.deniedCount()).isEqualTo(before + 1);
    }

    @Test
    void theOverviewsKeyFiguresAreTheDistrictsOwn() {
        // In the last 7 days only Kannauj created anything: the receipt KNJ-R2, the police file POL-F6 and the
        // Collectorate's file UP/KNJ-COLL/2026/000123 (Lucknow's UP/LKO-COLL/2026/000007 is 9 days old).
        KpiTotals lucknow = overview.keyFigures(currentUser.scope());
        KpiTotals state = overview.keyFigures(in.eofficemonitor.dashboard.security.UserScope.state());

        assertThat(state.opened()).isEqualTo(3);
        assertThat(state.filesCreated()).isEqualTo(2);
        assertThat(lucknow.opened()).isZero();
        assertThat(lucknow.filesCreated()).isZero();
        assertThat(lucknow.closed()).isZero();
        assertThat(lucknow.idleDesks()).as("Lucknow has one desk").isLessThanOrEqualTo(1);
    }

    @Test
    void theTrendIsTheDistrictsOwnOnEveryDay() {
        LocalDate today = trend.today();

        assertThat(trend.asOf(today).stream().map(PendencyRow::id)).containsExactly(DashboardFixtures.LKO_COLL);
        assertThat(trend.asOf(today.minusDays(50)).stream().map(PendencyRow::id)).containsOnly(DashboardFixtures.LKO_COLL);
        List<PendencyPoint> points = trend.weeklyTrend(today, 8);
        assertThat(points).isNotEmpty().allSatisfy(p -> assertThat(p.files() + p.receipts()).isLessThanOrEqualTo(2));
        // Six weeks ago only LKO-F4 (100 days at its desk) was pending in Lucknow; now LKO-F3 too.
        assertThat(points.getFirst().files()).isEqualTo(1);
    }

    @Test
    void theHealthAndAlertsViewsAreNotTheirsEvenByUrlAndEachTryIsCounted() {
        double before = guard.deniedCount();

        assertThat(UrlViews.opened(this, "health")).isEqualTo("access-denied");
        assertThat(UrlViews.opened(this, "alerts")).isEqualTo("access-denied");
        assertThat(UrlViews.opened(this, "stuck")).isEqualTo("StuckView");
        assertThat(guard.deniedCount()).isEqualTo(before + 2);
    }
}
