package in.eofficemonitor.dashboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardApplication;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.health.HealthService;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app on a random port (the real embedded warehouse behind it) as a scraper and a browser see it: the health
 * probe is open, the Prometheus endpoint refuses anyone but a STATE user, and its scrape carries query latency per
 * named query, active sessions, logins and denied accesses with the values of what just happened.
 */
@SpringBootTest(classes = DashboardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eoffice.warehouse.url=embedded", "eoffice.warehouse.port=0", "eoffice.pipeline.enabled=false",
            "eoffice.users-file=" + DashboardTestBase.USERS_FILE,
            "eoffice.alerts.enabled=false", "eoffice.refresh-seconds=0"})
// The app's embedded warehouse holds the process's one chDB data directory: close it for the next app context.
@DirtiesContext
class MetricsEndpointIT {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    @LocalServerPort
    int port;
    @Autowired
    HealthService health;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("dashboard-metrics-it");
        registry.add("eoffice.data-dir", dir::toString);
    }

    private final HttpClient anonymous = HttpClient.newHttpClient();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(HttpClient client, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Logs in through the login form as a browser does (a session, Spring's CSRF token from the page). */
    private HttpClient loggedIn(String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = get(browser, "/login").body();
        String parameter = null;
        String token = null;
        Matcher m = META.matcher(page);
        while (m.find()) {
            if (m.group(1).equals("_csrf_parameter")) {
                parameter = m.group(2);
            } else {
                token = m.group(2);
            }
        }
        assertThat(token).as("the login page carries Spring's CSRF token").isNotBlank();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&" + parameter + "=" + token;
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).as("where a login goes")
                .doesNotContain("error");
        return browser;
    }

    private static double value(String scrape, String series) {
        return scrape.lines().filter(l -> l.startsWith(series + " ")).map(l -> Double.parseDouble(l.substring(series.length() + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no series " + series + " in the scrape"));
    }

    @Test
    void healthIsOpenPrometheusOnlyForTheStateAndItsScrapeCountsWhatHappened() throws Exception {
        assertThat(get(anonymous, "/actuator/health").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = get(anonymous, "/actuator/prometheus");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(get(anonymous, "/actuator/prometheus", "Authorization", basic("cs", "wrong")).statusCode()).isEqualTo(401);

        // A Collector logs in to the dashboard (a login), opens a page, then asks for the metrics (a denied access).
        HttpClient collector = loggedIn("dm-kannauj", "dm-kannauj-test");
        assertThat(get(collector, "/").statusCode()).isEqualTo(200);
        assertThat(get(collector, "/actuator/prometheus").statusCode()).isEqualTo(403);
        assertThat(get(anonymous, "/actuator/prometheus", "Authorization", basic("dm-kannauj", "dm-kannauj-test"))
                .statusCode()).isEqualTo(403);
        assertThat(get(anonymous, "/actuator/prometheus", "Authorization", basic("head-knj-coll", "head-knj-coll-test"))
                .statusCode()).as("an OFFICE user").isEqualTo(403);
        loggedInFails("cs", "not-the-password");
        assertThat(get(anonymous, "/actuator/prometheus", "Authorization", basic("cs", "cs-demo")).statusCode())
                .as("a demo password, with a users file given").isEqualTo(401);
        // What a view does when it opens (a browser would, after loading the page): named warehouse queries.
        health.report();

        HttpResponse<String> scrape = get(anonymous, "/actuator/prometheus", "Authorization", basic("cs", "cs-test"));
        assertThat(scrape.statusCode()).isEqualTo(200);
        String s = scrape.body();
        assertThat(value(s, "eoffice_logins_total{outcome=\"success\"}")).as("scrapes are no logins").isEqualTo(1.0);
        assertThat(value(s, "eoffice_logins_total{outcome=\"failure\"}")).isEqualTo(1.0);
        assertThat(value(s, "eoffice_access_denied_total{kind=\"endpoint\"}")).isEqualTo(3.0);
        assertThat(value(s, "eoffice_access_denied_total{kind=\"scope\"}")).isZero();
        assertThat(value(s, "eoffice_sessions_active")).isGreaterThanOrEqualTo(1.0);
        assertThat(s).containsPattern("eoffice_query_seconds_count\\{[^}]*name=\"health/ping\"[^}]*} [1-9]")
                .containsPattern("eoffice_query_seconds_bucket\\{[^}]*le=\"0\\.3\"");

        // A STATE user logged in to the dashboard may read it with the session alone.
        HttpClient chief = loggedIn("cs", "cs-test");
        HttpResponse<String> bySession = get(chief, "/actuator/prometheus");
        assertThat(bySession.statusCode()).isEqualTo(200);
        assertThat(value(bySession.body(), "eoffice_logins_total{outcome=\"success\"}")).isEqualTo(2.0);
    }

    private void loggedInFails(String user, String password) throws Exception {
        try {
            loggedIn(user, password);
        } catch (AssertionError expected) {
            return; // redirected to /login?error
        }
        throw new AssertionError("a wrong password logged in");
    }
}
