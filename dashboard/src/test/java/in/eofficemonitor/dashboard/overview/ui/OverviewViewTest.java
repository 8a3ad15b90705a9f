package in.eofficemonitor.dashboard.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouterLink;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.overview.OverviewService;
import in.eofficemonitor.dashboard.security.UserScope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.kpis.WeeklyCreated;
import in.eofficemonitor.warehouse.ranking.RankedUnit;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.rollout.RolloutRow;
import in.eofficemonitor.warehouse.stuck.StuckCount;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class OverviewViewTest extends DashboardTestBase {

    @Autowired OverviewService overview;

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void stateSeesCoverageOfEveryCategoryAndWhereFilesAreStuck() {
        OverviewView view = navigate(OverviewView.class);

        assertThat(test(view.rollout).size()).isEqualTo(OfficeCategory.values().length);
        RolloutRow district = view.rollout.getListDataView().getItems()
                .filter(r -> r.category().equals(Optional.of(OfficeCategory.DISTRICT_OFFICE))).findFirst().orElseThrow();
        assertThat(district.offices()).isEqualTo(2);
        assertThat(district.live()).isEqualTo(1);
        assertThat(district.inProgress()).isEqualTo(1);
        assertThat(view.getElement().toString()).contains("rollout-chart");

        // Lucknow holds 2 stuck files, Kannauj 2 (one of them at the police office), the Revenue Department 1
        // (a state-level office: no district, so it is ranked as the group of state-level offices).
        assertThat(view.topDistricts.getListDataView().getItems().map(StuckCount::name))
                .containsExactlyInAnyOrder("Lucknow", "Kannauj", "State-level offices");
        assertThat(view.topOffices.getListDataView().getItems().map(StuckCount::id).toList())
                .startsWith("LKO-COLL").contains("KNJ-COLL", "SEC-REV", "POL-KNJ");
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void aQuietFeedAtNightSaysTheOfficesAreClosedAndWhenTheyOpen() throws InterruptedException {
        // The latest movement came in over a minute ago (none in the last minute), at 22:00 IST on Sunday 22-11-2026.
        Instant ingested = lastOfTheIngested().plusMillis(1);
        if (ingested.isBefore(Instant.now().minusSeconds(61))) {
            ingested = Instant.now().minusSeconds(61);
        }
        warehouse.execute("""
                INSERT INTO movement_events (event_id, ts, type, kind, file_id, office_id, from_desk, to_desk, priority,
                    subject, source, ingested_at)
                SELECT 'quiet-feed-e1', {ts:DateTime64(3, 'Asia/Kolkata')}, 'FORWARDED', 'FILE', 'QUIET-FEED-1',
                    'LIVE-TEST-OFFICE', 'LIVE-TEST-A', 'LIVE-TEST-B', 'NORMAL', '', 'test', {at:DateTime64(3, 'Asia/Kolkata')}""",
                SqlParams.of("ts", Instant.parse("2026-11-22T16:30:00Z")).and("at", ingested));
        try {
            // The fixtures may have come in less than a minute ago: wait until this one is over a minute old.
            Duration wait = Duration.between(Instant.now(), ingested.plusSeconds(61));
            if (!wait.isNegative()) {
                Thread.sleep(wait.toMillis());
            }
            OverviewView view = navigate(OverviewView.class);
            view.counters.show(); // the overview may have been built before the insert (the UI opens on it)

            assertThat(view.counters.eventsPerSecond.value()).isEqualTo("0.00");
            assertThat(view.counters.quiet.isVisible()).isTrue();
            assertThat(view.counters.quiet.getText()).contains("offices are closed at 22-11-2026 22:00")
                    .contains("23-11-2026 09:30");
        } finally {
            warehouse.execute("ALTER TABLE movement_events DELETE WHERE event_id = 'quiet-feed-e1' SETTINGS mutations_sync = 2",
                    SqlParams.none());
            warehouse.execute("ALTER TABLE creations_and_closes DELETE WHERE event_id = 'quiet-feed-e1' "
                    + "SETTINGS mutations_sync = 2", SqlParams.none());
            warehouse.execute("ALTER TABLE desk_activity DELETE WHERE office_id = 'LIVE-TEST-OFFICE' SETTINGS mutations_sync = 2",
                    SqlParams.none());
        }
    }

    private Instant lastOfTheIngested() {
        return warehouse.querySql("last ingested", "SELECT max(ingested_at) AS at FROM movement_events", SqlParams.none(),
                r -> r.instant("at")).getFirst();
    }

    @Test
    @WithMockUser(username = "police-hq", roles = "POLICE")
    void policeSeeOnlyPoliceUnits() {
        OverviewView view = navigate(OverviewView.class);

        assertThat(view.rollout.getListDataView().getItems().map(r -> r.category().orElseThrow()))
                .containsExactly(OfficeCategory.POLICE_UNIT);
        assertThat(view.topOffices.getListDataView().getItems().map(StuckCount::id)).containsExactly("POL-KNJ");
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void districtsAndOfficesRankedByTheScoreWhoseFormulaIsShown() {
        OverviewView view = navigate(OverviewView.class);

        assertThat(view.formula.getText()).startsWith("Score (out of 100) = 40 × rollout stage")
                .contains("+ 30 × disposal rate").contains("+ 30 × (1 − share of the pending files and receipts that are stuck now)");
        // Kannauj: both offices live → 40; 1 closed of 3 opened → 10; 2 of 3 pending stuck → 10.
        // Lucknow: in progress → 20; nothing opened or closed this week → 0; both pending stuck → 0.
        assertThat(view.districtRanking.getListDataView().getItems().map(u -> u.id() + " " + u.score()))
                .containsExactly("Kannauj 60.0", "Lucknow 20.0");
        RouterLink kannauj = (RouterLink) test(view.districtRanking).getCellComponent(0, "name");
        assertThat(kannauj.getHref()).isEqualTo("district?district=Kannauj");
        // Kannauj Collectorate 40 + 15 + 15; the police office and the Revenue Department 40 each (by name); Lucknow 20.
        assertThat(view.officeRanking.getListDataView().getItems().map(RankedUnit::id))
                .containsExactly("KNJ-COLL", "POL-KNJ", "SEC-REV", "LKO-COLL");
        assertThat(test(view.officeRanking).getCellText(0, test(view.officeRanking).getColumnPosition("score")))
                .isEqualTo("70.0");
        assertThat(((RouterLink) test(view.officeRanking).getCellComponent(0, "name")).getHref())
                .isEqualTo("desks?office=KNJ-COLL");
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void theDistrictsWithTheMostStuckFilesLinkToTheirDistrictView() {
        OverviewView view = navigate(OverviewView.class);
        List<StuckCount> top = view.topDistricts.getListDataView().getItems().toList();
        int lucknow = top.stream().map(StuckCount::id).toList().indexOf("Lucknow");
        int stateLevel = top.stream().map(StuckCount::id).toList().indexOf("");

        RouterLink link = (RouterLink) test(view.topDistricts).getCellComponent(lucknow, "name");
        assertThat(link.getHref()).isEqualTo("district?district=Lucknow");
        assertThat(test(view.topDistricts).getCellComponent(stateLevel, "name")).as("no district to open")
                .isNotInstanceOf(RouterLink.class);
        test(link).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DistrictView");
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void eFilesCreatedPerWeekAsALineChart() {
        OverviewView view = navigate(OverviewView.class);

        String svg = view.weeklyChart.getElement().getChild(0).getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("e-Files and e-receipts created per week").contains("e-Receipts created");
        // Every fixture file but LKO-F4 (100 days old) was created in the last 12 weeks, and the receipts KNJ-R2 and
        // UNREG-R8 (60 days old, at an office the registry does not know: counted all the same).
        List<WeeklyCreated> weeks = overview.createdPerWeek(UserScope.state());
        assertThat(weeks).hasSize(OverviewService.WEEKS);
        assertThat(weeks.stream().mapToLong(WeeklyCreated::files).sum()).isEqualTo(6);
        assertThat(weeks.stream().mapToLong(WeeklyCreated::receipts).sum()).isEqualTo(2);
        assertThat(weeks.getLast().monday().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void liveCountersFromTheWarehouseReadAgainAtEveryRefresh() {
        OverviewView view = navigate(OverviewView.class);
        // Open now: KNJ-F1, LKO-F3, LKO-F4, SEC-F5, POL-F6; stuck: those five (the receipt KNJ-R2 is 2 days old).
        assertThat(view.counters.openFiles.value()).isEqualTo("5");
        assertThat(view.counters.stuckNow.value()).isEqualTo("5");
        String before = view.counters.eventsPerSecond.value();
        String quietBefore = view.counters.quiet.getText();

        // An event arriving now (at an office the registry does not know, so no other view changes).
        Instant now = Instant.now();
        warehouse.execute("""
                INSERT INTO movement_events (event_id, ts, type, kind, file_id, office_id, from_desk, to_desk, priority,
                    subject, source, ingested_at)
                SELECT 'live-counter-e1', {now:DateTime64(3, 'Asia/Kolkata')}, 'FORWARDED', 'FILE', 'LIVE-COUNTER-1',
                    'LIVE-TEST-OFFICE', 'LIVE-TEST-A', 'LIVE-TEST-B', 'NORMAL', '', 'test', {now:DateTime64(3, 'Asia/Kolkata')}""",
                SqlParams.of("now", now));
        try {
            view.counters.show();

            assertThat(before).isEqualTo("0.00");
            assertThat(view.counters.eventsPerSecond.value()).isEqualTo("0.02");
            assertThat(view.counters.at.getText()).startsWith("as of ");
            assertThat(quietBefore).as("0.00 is explained").isNotEmpty();
            assertThat(view.counters.quiet.isVisible()).as("events flow: nothing to explain").isFalse();
        } finally {
            // The views' tests share one warehouse: leave no unregistered office behind for the health view's.
            warehouse.execute("ALTER TABLE movement_events DELETE WHERE event_id = 'live-counter-e1' SETTINGS mutations_sync = 2",
                    SqlParams.none());
            warehouse.execute("ALTER TABLE creations_and_closes DELETE WHERE event_id = 'live-counter-e1' "
                    + "SETTINGS mutations_sync = 2", SqlParams.none());
            warehouse.execute("ALTER TABLE desk_activity DELETE WHERE office_id = 'LIVE-TEST-OFFICE' SETTINGS mutations_sync = 2",
                    SqlParams.none());
        }
    }

    @Test
    @WithMockUser(username = "police-hq", roles = "POLICE")
    void policeRankOnlyPoliceUnitsAndNoDistricts() {
        OverviewView view = navigate(OverviewView.class);

        assertThat(view.officeRanking.getListDataView().getItems().map(RankedUnit::id)).containsExactly("POL-KNJ");
        assertThat(view.districtRanking.getListDataView().getItemCount()).isZero();
        assertThat(view.counters.openFiles.value()).isEqualTo("1");
    }
}
