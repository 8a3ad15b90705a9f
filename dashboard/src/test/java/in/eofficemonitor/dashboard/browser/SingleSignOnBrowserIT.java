package in.eofficemonitor.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.DashboardApplication;
import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.testidp.TestIdentityProvider;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.audit.AuditEntry;
import in.eofficemonitor.warehouse.audit.AuditFilter;
import in.eofficemonitor.warehouse.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on in Debian's headless Chromium against a real OpenID Connect provider (Spring Authorization Server
 * on 127.0.0.1): the login page's provider button, the provider's own login form, the Collector back in the
 * dashboard with the users file's name and district, the stuck list of that district only, and the logout button
 * ending the provider's session too. Skipped, saying so, without chromium.
 */
@SpringBootTest(classes = DashboardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eoffice.warehouse.url=embedded", "eoffice.warehouse.port=0", "eoffice.pipeline.enabled=false",
            "eoffice.users-file=" + DashboardTestBase.USERS_FILE,
            "eoffice.alerts.enabled=false",
            "spring.security.oauth2.client.registration.state-idp.client-id=" + TestIdentityProvider.CLIENT_ID,
            "spring.security.oauth2.client.registration.state-idp.client-secret=" + TestIdentityProvider.CLIENT_SECRET,
            "spring.security.oauth2.client.registration.state-idp.scope=openid,profile",
            "spring.security.oauth2.client.registration.state-idp.client-name=Test State IdP"})
@DirtiesContext
class SingleSignOnBrowserIT {

    private static TestIdentityProvider idp;

    @LocalServerPort
    int port;
    @Autowired
    Warehouse warehouse;
    @Autowired
    AuditLog audit;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws Exception {
        idp = TestIdentityProvider.start();
        registry.add("spring.security.oauth2.client.provider.state-idp.issuer-uri", idp::issuer);
        Path dir = Files.createTempDirectory("dashboard-sso-browser-it");
        registry.add("eoffice.data-dir", dir::toString);
        Path users = dir.resolve("users.csv");
        Files.writeString(users, """
                id,name,email,role,scope,language,reports
                dm-kannauj,District Magistrate Kannauj,dm-knj@up.gov.in,DISTRICT,Kannauj,en,
                """, StandardCharsets.UTF_8);
        registry.add("eoffice.users-file", users::toString);
    }

    @AfterAll
    static void stopProvider() {
        idp.close();
    }

    private static Optional<String> chromium() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }

    @Test
    void aCollectorSignsOnThroughTheProviderSeesTheirDistrictAndLogsOutOfBoth() throws Exception {
        Optional<String> binary = chromium();
        Assumptions.assumeTrue(binary.isPresent(),
                "No chromium on this machine: install Debian's 'chromium' package to run the browser test");
        DashboardFixtures.load(warehouse);
        Instant start = Instant.now().minusSeconds(1);
        String base = "http://localhost:" + port;
        idp.registerClient(base + "/login/oauth2/code/state-idp", base + "/login");
        Path target = Path.of("target");
        try (DevTools browser = DevTools.launch(binary.get())) {
            browser.navigate(base + "/login");
            browser.waitFor("the provider's button", "document.querySelector('#sso-state-idp')", Duration.ofSeconds(30));
            assertThat(browser.eval("document.querySelector('#sso-state-idp').innerText")).contains("Log in with Test State IdP");
            browser.screenshot(target.resolve("dashboard-login-sso.png"));

            browser.eval("document.querySelector('#sso-state-idp').click(); 'clicked'");
            browser.waitFor("the provider's login form", "location.href.startsWith('" + idp.issuer() + "/login')"
                    + " && document.querySelector('input[name=username]')", Duration.ofSeconds(30));
            signIn(browser, "kannauj.dm");

            browser.waitFor("the dashboard with the users file's name and district",
                    "document.body && document.body.innerText.includes('District Magistrate Kannauj')"
                            + " && document.body.innerText.includes('Kannauj')", Duration.ofSeconds(30));
            browser.navigate(base + "/stuck");
            browser.waitFor("the stuck list", "document.querySelector('#stuck')", Duration.ofSeconds(30));
            Thread.sleep(1000); // let the grid paint its rows
            String stuck = browser.eval("document.body.innerText");
            assertThat(stuck).contains(DashboardFixtures.KANNAUJ).doesNotContain(DashboardFixtures.LUCKNOW);
            browser.screenshot(target.resolve("dashboard-sso-stuck.png"));

            browser.eval("[...document.querySelectorAll('vaadin-button')].find(b => b.innerText.includes('Log out')).click();"
                    + " 'clicked'");
            browser.waitFor("the login page after the provider's logout", "location.href === '" + base + "/login'"
                    + " && document.querySelector('#sso-state-idp')", Duration.ofSeconds(30));
            browser.eval("document.querySelector('#sso-state-idp').click(); 'clicked'");
            browser.waitFor("the provider asking for the password again", "location.href.startsWith('" + idp.issuer()
                    + "/login') && document.querySelector('input[name=username]')", Duration.ofSeconds(30));
        }
        // The logout button (Vaadin's, not a form post) is audited like any logout.
        List<AuditEntry> logouts = List.of();
        for (int i = 0; i < 50 && logouts.isEmpty(); i++) {
            Thread.sleep(200);
            logouts = audit.search(new AuditFilter(start, Instant.now().plusSeconds(60), "dm-kannauj", "LOGOUT"), 10)
                    .entries();
        }
        assertThat(logouts).hasSize(1);
    }

    private static void signIn(DevTools browser, String user) throws Exception {
        browser.eval("(() => { document.querySelector('input[name=username]').value = '" + user + "';"
                + " document.querySelector('input[name=password]').value = '" + TestIdentityProvider.PASSWORD + "';"
                + " document.querySelector('form').submit(); return 'sent'; })()");
    }
}
