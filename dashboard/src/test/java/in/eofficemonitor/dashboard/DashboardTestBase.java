package in.eofficemonitor.dashboard;

import com.vaadin.browserless.SpringBrowserlessTest;
import in.eofficemonitor.dashboard.registry.OfficeDirectory;
import in.eofficemonitor.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless UI tests against the real embedded warehouse (no mocks): one Spring context for every test class
 * (same configuration, so Spring's test context cache shares it), fixtures loaded once.
 */
@SpringBootTest(classes = {DashboardApplication.class, DashboardTestBase.FixtureLoader.class}, properties = {
    "eoffice.warehouse.url=embedded",
    "eoffice.warehouse.port=0",
    "eoffice.pipeline.enabled=false",
    // Not the demo (no simulator): the users come from a file, the demo users' ids with passwords of their own.
    "eoffice.users-file=" + DashboardTestBase.USERS_FILE,
    // The real alerts scheduler with its in-process SMTP server (AlertsViewTest sends through it); no catch-up
    // run at start, so no other test sees mail traffic.
    "eoffice.alerts.enabled=true",
    "alerts.catch-up=false",
    "alerts.smtp.embedded-port=0",
    "eoffice.refresh-seconds=0", // tests refresh by hand (StuckRefreshTest)
    // Feeds quiet for over 3 plain days are flagged: the fixtures' offices are 2, 5 and 10 days quiet on any weekday.
    "eoffice.health.quiet-after=3d",
    "eoffice.calendar-days=true"
})
public abstract class DashboardTestBase extends SpringBrowserlessTest {

    /** The tests' users file: each user's password is their id followed by {@code -test}. */
    public static final String USERS_FILE = "src/test/resources/users/test-users.csv";

    private static Path dataDir;

    /**
     * Loads the fixtures when the shared context starts: before any view exists (the browserless UI opens the
     * root route, the overview, before a test's own set-up runs).
     */
    static class FixtureLoader {
        FixtureLoader(Warehouse warehouse, OfficeDirectory offices) {
            DashboardFixtures.load(warehouse);
            offices.refresh();
        }
    }

    @Autowired
    protected Warehouse warehouse;
    @Autowired
    protected OfficeDirectory offices;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        synchronized (DashboardTestBase.class) {
            if (dataDir == null) {
                dataDir = Files.createTempDirectory("dashboard-test");
            }
        }
        registry.add("eoffice.data-dir", () -> dataDir.toString());
    }

    @Autowired
    protected in.eofficemonitor.dashboard.base.LiveRefresh live;

    @BeforeEach
    void freshRegistry() {
        offices.refresh();
    }

    /**
     * What the live refresh timer does, now: every open view re-runs its queries. The timer's thread would wait for
     * the session lock; here the test holds it, so the queued refreshes are run at once.
     */
    protected void refreshOpenViews() {
        live.refreshAll();
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
