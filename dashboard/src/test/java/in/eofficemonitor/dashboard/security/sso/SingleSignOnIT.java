package in.eofficemonitor.dashboard.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.DashboardApplication;
import in.eofficemonitor.dashboard.security.Browser;
import in.eofficemonitor.testidp.TestIdentityProvider;
import in.eofficemonitor.warehouse.audit.AuditEntry;
import in.eofficemonitor.warehouse.audit.AuditFilter;
import in.eofficemonitor.warehouse.audit.AuditLog;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider (Spring Authorization Server, started here on 127.0.0.1):
 * the whole redirect flow as a browser makes it — the dashboard sends the browser to the provider, the provider's
 * login form is posted, the code comes back to the dashboard — with a users file that has no password_hash column.
 * The provider's preferred_username picks the users-file entry and so the role and scope; someone the file does not
 * list lands on the access-denied page, counted and audited; logging out ends the provider's session too.
 */
@SpringBootTest(classes = DashboardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eoffice.warehouse.url=embedded", "eoffice.warehouse.port=0", "eoffice.pipeline.enabled=false",
            "eoffice.users-file=" + DashboardTestBase.USERS_FILE,
            "eoffice.alerts.enabled=false", "eoffice.refresh-seconds=0", "eoffice.audit.flush-every=100ms",
            "spring.security.oauth2.client.registration.state-idp.client-id=" + TestIdentityProvider.CLIENT_ID,
            "spring.security.oauth2.client.registration.state-idp.client-secret=" + TestIdentityProvider.CLIENT_SECRET,
            "spring.security.oauth2.client.registration.state-idp.scope=openid,profile",
            "spring.security.oauth2.client.registration.state-idp.client-name=Test State IdP"})
@DirtiesContext
class SingleSignOnIT {

    private static final Pattern IDP_CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
    private static TestIdentityProvider idp;

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws Exception {
        idp = TestIdentityProvider.start();
        registry.add("spring.security.oauth2.client.provider.state-idp.issuer-uri", idp::issuer);
        Path dir = Files.createTempDirectory("dashboard-sso-it");
        registry.add("eoffice.data-dir", dir::toString);
        // No password_hash column: with single sign-on on, the file only says who may log in, as what.
        Path users = dir.resolve("users.csv");
        Files.writeString(users, """
                id,name,email,role,scope,language,reports
                cs,Chief Secretary,cs@up.gov.in,STATE,,en,
                dm-kannauj,District Magistrate Kannauj,dm-knj@up.gov.in,DISTRICT,Kannauj,hi,
                """, StandardCharsets.UTF_8);
        registry.add("eoffice.users-file", users::toString);
    }

    @AfterAll
    static void stopProvider() {
        idp.close();
    }

    @BeforeEach
    void registerTheDashboardAtTheProvider() {
        idp.registerClient(app("/login/oauth2/code/state-idp"), app("/login"));
    }

    private String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Follows redirects as a browser does, across both servers; returns the page it ends on. */
    private static HttpResponse<String> follow(Browser browser, HttpResponse<String> response) throws Exception {
        for (int hops = 0; response.statusCode() / 100 == 3 && hops < 10; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = browser.get(response.uri().resolve(location).toString());
        }
        return response;
    }

    /** From the dashboard's single sign-on button to wherever the provider's login sends the browser. */
    private HttpResponse<String> signOn(Browser browser, String idpUser) throws Exception {
        HttpResponse<String> loginForm = follow(browser, browser.get(app("/oauth2/authorization/state-idp")));
        assertThat(loginForm.uri().toString()).as("the provider asks who it is").startsWith(idp.issuer() + "/login");
        Matcher csrf = IDP_CSRF.matcher(loginForm.body());
        assertThat(csrf.find()).isTrue();
        Map<String, String> form = new HashMap<>(Map.of("username", idpUser, "password", TestIdentityProvider.PASSWORD,
                "_csrf", csrf.group(1)));
        return follow(browser, browser.post(idp.issuer() + "/login", form));
    }

    private List<AuditEntry> audited(Instant since, String action, int expected) throws InterruptedException {
        List<AuditEntry> entries = List.of();
        for (int i = 0; i < 100 && entries.size() < expected; i++) {
            Thread.sleep(100);
            entries = audit.search(new AuditFilter(since, Instant.now().plusSeconds(60), "", action), 100).entries();
        }
        return entries;
    }

    @Test
    void theLoginPageOffersTheProvider() throws Exception {
        String page = Browser.at(app("/")).get(app("/login")).body();

        assertThat(page).doesNotContain("!login.sso!");
        // Vaadin renders the page in the browser; the bootstrap page carries the route, the button is server-side.
        assertThat(Browser.at(app("/")).get(app("/oauth2/authorization/state-idp")).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith(idp.issuer() + "/oauth2/authorize")
                        .contains("client_id=" + TestIdentityProvider.CLIENT_ID));
    }

    @Test
    void aCollectorSignsOnAtTheProviderAndLandsInTheDashboardWithTheUsersFilesRoleAndScope() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        Browser browser = Browser.at(app("/"));

        HttpResponse<String> landed = signOn(browser, "kannauj.dm");

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().toString()).isEqualTo(app("/"));
        // Logged in (a session, not a redirect to the login page) but not as the state: the metrics stay closed.
        assertThat(browser.get(app("/stuck")).statusCode()).isEqualTo(200);
        assertThat(browser.get(app("/actuator/prometheus")).statusCode()).isEqualTo(403);
        assertThat(audited(start, "LOGIN", 1)).extracting(AuditEntry::user, AuditEntry::role, AuditEntry::scope)
                .containsExactly(tuple("dm-kannauj", "DISTRICT", "Kannauj"));

        // Logging out goes through the provider (RP-initiated logout) and back to the login page...
        HttpResponse<String> out = browser.logOut();
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).startsWith(idp.issuer() + "/connect/logout").contains("id_token_hint="));
        assertThat(follow(browser, out).uri().toString()).isEqualTo(app("/login"));
        // ...so the provider's session is over too: signing on again asks for the password again.
        HttpResponse<String> again = follow(browser, browser.get(app("/oauth2/authorization/state-idp")));
        assertThat(again.uri().toString()).startsWith(idp.issuer() + "/login");
        assertThat(browser.get(app("/stuck")).statusCode()).as("logged out of the dashboard").isEqualTo(302);
    }

    @Test
    void theStateSignsOnAndMayReadTheMetrics() throws Exception {
        Browser browser = Browser.at(app("/"));

        signOn(browser, "chief.secretary");

        assertThat(browser.get(app("/actuator/prometheus")).statusCode()).isEqualTo(200);
    }

    @Test
    void someoneTheProviderKnowsButTheUsersFileDoesNotIsRefusedCountedAndAudited() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        double before = meters.counter("eoffice.sso.refused").count();
        Browser browser = Browser.at(app("/"));

        HttpResponse<String> landed = signOn(browser, "stranger");

        assertThat(landed.uri().toString()).isEqualTo(app("/sso-denied"));
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(browser.get(app("/stuck")).statusCode()).as("not logged in").isEqualTo(302);
        assertThat(meters.counter("eoffice.sso.refused").count()).isEqualTo(before + 1);
        assertThat(audited(start, "SSO_UNKNOWN_USER", 1)).extracting(AuditEntry::user, AuditEntry::detail)
                .containsExactly(tuple("stranger", "claim preferred_username"));
    }

    @Test
    void aUserWithoutAPasswordHashCannotUseThePasswordForm() throws Exception {
        assertThat(Browser.at(app("/")).logIn("cs", "")).isFalse();
        assertThat(Browser.at(app("/")).logIn("cs", "anything")).isFalse();
    }
}
