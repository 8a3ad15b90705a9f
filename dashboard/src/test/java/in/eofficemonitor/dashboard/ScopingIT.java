package in.eofficemonitor.dashboard;

import static in.eofficemonitor.dashboard.DashboardFixtures.KANNAUJ_STUCK_FILE;
import static in.eofficemonitor.dashboard.DashboardFixtures.LUCKNOW_STUCK_FILE;
import static in.eofficemonitor.dashboard.DashboardFixtures.SECRETARIAT_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.desks.DesksService;
import in.eofficemonitor.dashboard.overview.OverviewService;
import in.eofficemonitor.dashboard.stuck.StuckService;
import in.eofficemonitor.dashboard.trail.TrailService;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import in.eofficemonitor.warehouse.stuck.StuckItem;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Collector sees their own district and nothing of another one, through every service the views, the
 * exports and the file search use — also when asking by id, as a typed URL would.
 */
@SpringBootTest
class ScopingIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DashboardTestSupport.properties(registry);
    }

    @Autowired Warehouse warehouse;
    @Autowired DesksService desks;
    @Autowired StuckService stuck;
    @Autowired TrailService trails;
    @Autowired OverviewService overview;
    @Autowired MeterRegistry meters;

    @BeforeEach
    void fixtures() {
        DashboardFixtures.load(warehouse);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private static void loginAs(String user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, "n/a", List.of()));
    }

    @Test
    void collectorSeesOnlyTheDesksOfTheirDistrict() {
        loginAs("dm-kannauj");
        List<PendencyRow> rows = desks.desks(Instant.now(), Optional.empty());
        assertThat(rows).extracting(PendencyRow::officeId).isNotEmpty().containsOnly("KNJ-COLL");
    }

    @Test
    void collectorAskingForAnotherDistrictsOfficeGetsNothingAndIsCounted() {
        loginAs("dm-kannauj");
        double before = meters.counter("eoffice.access.denied", "what", "desks").count();
        assertThat(desks.desks(Instant.now(), Optional.of("LKO-COLL"))).isEmpty();
        assertThat(meters.counter("eoffice.access.denied", "what", "desks").count()).isEqualTo(before + 1);
        assertThat(desks.desks(Instant.now(), Optional.of("KNJ-COLL"))).isNotEmpty();
    }

    @Test
    void stuckListAndItsExportHoldOnlyTheDistrictsFiles() {
        loginAs("dm-lucknow");
        List<StuckItem> rows = stuck.stuck(Instant.now(), null, null);
        assertThat(rows).extracting(StuckItem::fileId).containsExactly(LUCKNOW_STUCK_FILE);
        assertThat(new String(StuckService.csv(rows), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("file_id,kind,priority,office_id,desk_id,arrived_at,dwell_days\n")
                .contains(LUCKNOW_STUCK_FILE).doesNotContain(KANNAUJ_STUCK_FILE);
    }

    @Test
    void fileSearchForAnotherDistrictsFileFindsNothing() {
        loginAs("dm-lucknow");
        assertThat(trails.trail(KANNAUJ_STUCK_FILE, Instant.now())).isEmpty();
        assertThat(trails.trail(LUCKNOW_STUCK_FILE, Instant.now())).isPresent();
    }

    @Test
    void stateSeesEveryDistrictAndTheRollout() {
        loginAs("cs");
        assertThat(stuck.stuck(Instant.now(), null, null)).extracting(StuckItem::fileId)
                .contains(KANNAUJ_STUCK_FILE, LUCKNOW_STUCK_FILE, SECRETARIAT_FILE);
        assertThat(trails.trail(KANNAUJ_STUCK_FILE, Instant.now())).isPresent();
        assertThat(overview.rollout(Instant.now())).isNotEmpty();
    }

    @Test
    void collectorGetsNoStateWideRollout() {
        loginAs("dm-kannauj");
        assertThat(overview.rollout(Instant.now())).isEmpty();
        assertThat(overview.pendency(Instant.now())).extracting(PendencyRow::id).containsOnly("KNJ-COLL");
    }
}
