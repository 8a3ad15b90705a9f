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

            phoneAndDesktop(browser, base, target, "en", "Log out");
            browser.navigate(base + "/overview");
            browser.waitFor("the overview again", "document.querySelector('#rollout')", Duration.ofSeconds(30));

            browser.eval("document.getElementById('language-switch').click(); 'clicked'");
            browser.waitFor("the overview in Hindi", "document.body && document.body.innerText.includes('कार्यालय श्रेणी अनुसार')",
                    Duration.ofSeconds(30));
            browser.waitFor("the chart", "document.querySelector('#rollout-chart svg')", Duration.ofSeconds(10));
            browser.screenshot(target.resolve("dashboard-overview-hi.png"));
            phoneAndDesktop(browser, base, target, "hi", "लॉग आउट");

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

    /** The phone checks are the same for every view: nothing wider than the screen, and the way out reachable. */
    private static final String[][] PHONE_VIEWS = {{"overview", "#rollout"}, {"desks", "#desks"}, {"stuck", "#stuck"}};

    /**
     * At 390 x 844 (a common phone) each view fits the screen's width, its grid shows only the phone's columns, and
     * the user menu is on screen with logout in it; then the same views at 1440 x 900. Screenshots of both go to
     * target/screens/.
     */
    private void phoneAndDesktop(DevTools browser, String base, Path target, String language, String logout) throws Exception {
        for (String[] view : PHONE_VIEWS) {
            browser.viewport(390, 844);
            browser.navigate(base + "/" + view[0]);
            browser.waitFor("the " + view[0] + " view on a phone", "document.querySelector('" + view[1] + "')"
                    + " && document.querySelector('" + view[1] + "').querySelectorAll(':scope > vaadin-grid-column:not([hidden])').length <= 3",
                    Duration.ofSeconds(30));
            Thread.sleep(500); // let the grid and the chart paint before measuring
            assertThat(browser.eval("document.scrollingElement.scrollWidth + ' x ' + window.innerWidth"))
                    .as("%s (%s) is no wider than the phone", view[0], language).isEqualTo("390 x 390");
            // The app layout scrolls its content in a box of its own: the page can be 390 wide while a view inside
            // that box scrolls sideways.
            assertThat(browser.eval("(() => { const v = [...document.querySelector('vaadin-app-layout').children]"
                    + ".find(e => !e.slot); const r = v.getBoundingClientRect().right;"
                    + " return v.scrollWidth <= v.clientWidth && r <= window.innerWidth ? 'fits'"
                    + " : v.scrollWidth + ' in ' + v.clientWidth + ', right edge ' + r; })()"))
                    .as("%s (%s) needs no sideways scrolling", view[0], language).isEqualTo("fits");
            assertThat(browser.eval(INSIDE + "(document.getElementById('user-menu'))"))
                    .as("the user menu button on the phone screen, %s %s", view[0], language).isEqualTo("inside");
            assertThat(browser.eval(INSIDE + "(document.getElementById('language-switch'))"))
                    .as("the desktop buttons give way on a phone").isEqualTo("hidden");
            browser.screenshot(target.resolve("screens/" + view[0] + "-390x844-" + language + ".png"));
        }
        // The last view's user menu opened: logout is in it and on screen.
        browser.eval("(() => { const m = document.getElementById('user-menu');"
                + " (m.querySelector('vaadin-menu-bar-button') || m.shadowRoot.querySelector('vaadin-menu-bar-button')).click();"
                + " return 'opened'; })()");
        browser.waitFor("the logout item in the open user menu", DEEP_FIND + "('" + logout + "')", Duration.ofSeconds(10));
        // On a phone the menu opens as a sheet sliding up from the bottom edge: on screen once it has settled.
        browser.waitFor("logout on the phone screen, " + language, INSIDE + "(" + DEEP_FIND + "('" + logout + "')) === 'inside'",
                Duration.ofSeconds(5));
        browser.screenshot(target.resolve("screens/user-menu-390x844-" + language + ".png"));

        for (String[] view : PHONE_VIEWS) {
            browser.viewport(1440, 900);
            browser.navigate(base + "/" + view[0]);
            browser.waitFor("the " + view[0] + " view on a desktop", "document.querySelector('" + view[1] + "')",
                    Duration.ofSeconds(30));
            Thread.sleep(500);
            assertThat(browser.eval(INSIDE + "(document.getElementById('logout'))"))
                    .as("logout on the desktop screen, %s %s", view[0], language).isEqualTo("inside");
            browser.screenshot(target.resolve("screens/" + view[0] + "-1440x900-" + language + ".png"));
        }
    }

    /** "inside" when the element is shown and wholly within the viewport, "hidden" when not shown, else its box. */
    private static final String INSIDE = """
            (e => { if (!e) return 'missing'; const r = e.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) return 'hidden';
              return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight
                ? 'inside' : JSON.stringify(r); })""";

    /** The shown menu item with this text, searched through shadow roots (menus render in overlays). */
    private static final String DEEP_FIND = """
            (text => { const walk = root => { for (const el of root.querySelectorAll('vaadin-menu-bar-item, vaadin-context-menu-item, [role=menuitem]')) {
                  const r = el.getBoundingClientRect(); if (el.textContent.trim() === text && r.width > 0) return el; }
                for (const el of root.querySelectorAll('*')) { if (el.shadowRoot) { const f = walk(el.shadowRoot); if (f) return f; } }
                return null; };
              return walk(document); })""";
}
