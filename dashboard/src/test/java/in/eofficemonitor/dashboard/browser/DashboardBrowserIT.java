package in.eofficemonitor.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardApplication;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one end-to-end test, in Debian's headless Chromium against the app on a random port with the production
 * frontend bundle and the real embedded warehouse: log in as the Chief Secretary, see the state overview, switch
 * to Hindi, open a file's trail; screenshots go to target/ (docs/screenshot.png is one of them). Skipped, saying
 * so, when there is no chromium ({@code ./eoffice-monitor test} installs it when it may).
 */
@SpringBootTest(classes = DashboardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eoffice.warehouse.url=embedded", "eoffice.warehouse.port=0", "eoffice.pipeline.enabled=false",
            "eoffice.users-file=" + DashboardTestBase.USERS_FILE,
            "eoffice.alerts.enabled=false"})
// The app's embedded warehouse holds the process's one chDB data directory: close it for the next app context.
@DirtiesContext
class DashboardBrowserIT {

    private static Path dataDir;

    @LocalServerPort
    int port;
    @Autowired
    Warehouse warehouse;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("dashboard-it");
        registry.add("eoffice.data-dir", () -> dataDir.toString());
    }

    private static Optional<String> chromium() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }

    @Test
    void chiefSecretaryLogsInSeesTheOverviewSwitchesToHindiAndOpensAFileTrail() throws Exception {
        Optional<String> binary = chromium();
        Assumptions.assumeTrue(binary.isPresent(),
                "No chromium on this machine: install Debian's 'chromium' package to run the browser test");
        DashboardFixtures.load(warehouse);
        String base = "http://localhost:" + port;
        Path target = Path.of("target");
        try (DevTools browser = DevTools.launch(binary.get())) {
            browser.navigate(base + "/login");
            browser.waitFor("the login form", "document.querySelector('vaadin-login-form')", Duration.ofSeconds(30));
            // What the login form does on submit: a POST of username and password (with Spring's CSRF token).
            browser.eval("""
                    (() => { const f = document.createElement('form'); f.method = 'POST'; f.action = 'login';
                      const add = (n, v) => { const i = document.createElement('input'); i.type = 'hidden'; i.name = n; i.value = v; f.appendChild(i); };
                      add('username', 'cs'); add('password', 'cs-test');
                      add(document.querySelector('meta[name=_csrf_parameter]').content, document.querySelector('meta[name=_csrf]').content);
                      document.body.appendChild(f); f.submit(); return 'sent'; })()""");
            browser.waitFor("the overview's rollout table", "document.querySelector('#rollout')", Duration.ofSeconds(30));
            assertThat(browser.eval("document.body.innerText")).contains("Rollout coverage by office category");
            browser.screenshot(target.resolve("dashboard-overview-en.png"));

            browser.eval("document.getElementById('language-switch').click(); 'clicked'");
            browser.waitFor("the overview in Hindi", "document.body && document.body.innerText.includes('कार्यालय श्रेणी अनुसार')",
                    Duration.ofSeconds(30));
            browser.waitFor("the chart", "document.querySelector('#rollout-chart svg')", Duration.ofSeconds(10));
            browser.screenshot(target.resolve("dashboard-overview-hi.png"));

            // A real e-Office id has slashes: through the real Tomcat and Spring Security, as the link every view and
            // mail builds (trail?file=, the slashes encoded in the query) and as typed into the address bar.
            browser.navigate(base + "/trail?file=UP%2FKNJ-COLL%2F2026%2F000123");
            browser.waitFor("the trail of a slashed id by its link", "location.search === '?file=UP%2FKNJ-COLL%2F2026%2F000123'"
                    + " && document.querySelector('#stays') && document.body.innerText.includes('" + DashboardFixtures.KNJ_OS
                    + "')", Duration.ofSeconds(30));
            browser.navigate(base + "/trail/UP/KNJ-COLL/2026/000123");
            browser.waitFor("the trail of a slashed id typed as a path", "location.pathname === '/trail/UP/KNJ-COLL/2026/000123'"
                    + " && document.querySelector('#stays') && document.body.innerText.includes('" + DashboardFixtures.KNJ_OS
                    + "')", Duration.ofSeconds(30));

            browser.navigate(base + "/trail?file=KNJ-F1");
            browser.waitFor("the trail of KNJ-F1", "location.search === '?file=KNJ-F1' && document.querySelector('#stays')"
                    + " && document.body.innerText.includes('"
                    + DashboardFixtures.KNJ_OS + "')", Duration.ofSeconds(30));
            assertThat(browser.eval("document.querySelector('#current').innerText")).contains("अभी").contains(DashboardFixtures.KNJ_OS)
                    .as("durations in Hindi units").contains("दिन").doesNotContain(" d ");
            Thread.sleep(500); // let the grid paint its rows before the picture
            browser.screenshot(target.resolve("dashboard-trail-hi.png"));
        }
        assertThat(Files.size(target.resolve("dashboard-trail-hi.png"))).isGreaterThan(10_000);
    }
}
