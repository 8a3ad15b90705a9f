package in.eofficemonitor.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardApplication;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.security.LoginEvents.LoginLockedOut;
import in.eofficemonitor.dashboard.security.LoginEvents.LoginRefused;
import io.micrometer.core.instrument.MeterRegistry;
import in.eofficemonitor.dashboard.audit.AuditActions;
import in.eofficemonitor.warehouse.audit.AuditEntry;
import in.eofficemonitor.warehouse.audit.AuditFilter;
import in.eofficemonitor.warehouse.audit.AuditLog;
import java.io.IOException;
import java.time.Instant;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Guessing against the running app (real HTTP, the real embedded warehouse behind it): three wrong passwords lock a
 * name for both doors, the login form and Basic on the actuator, even with the right password; six failures from one
 * address lock the address for every name. Each refusal is counted and logged with the name encoded, and the audit
 * events are published.
 */
@SpringBootTest(classes = DashboardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eoffice.warehouse.url=embedded", "eoffice.warehouse.port=0", "eoffice.pipeline.enabled=false",
            "eoffice.users-file=" + DashboardTestBase.USERS_FILE, "eoffice.alerts.enabled=false",
            "eoffice.refresh-seconds=0", "eoffice.audit.flush-every=100ms", "eoffice.login.lockout.per-user=3", "eoffice.login.lockout.per-address=6"})
@Import(LoginLockoutIT.Events.class)
// The app's embedded warehouse holds the process's one chDB data directory: close it for the next app context.
@DirtiesContext
class LoginLockoutIT {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");
    /** A name that would forge a log line (no colon: Basic ends the name at the first one). */
    private static final String EVIL = "evil\nWARN  forged line";

    @TestConfiguration
    static class Events {
        static final List<Object> SEEN = new CopyOnWriteArrayList<>();

        @EventListener
        void locked(LoginLockedOut e) {
            SEEN.add(e);
        }

        @EventListener
        void refused(LoginRefused e) {
            SEEN.add(e);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;
    @Autowired
    AuditLog auditLog;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("dashboard-lockout-it").toString();
        registry.add("eoffice.data-dir", () -> dir);
    }

    private final HttpClient client = HttpClient.newHttpClient();

    private int basic(String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    /** Where the login form sends the browser after this user name and password. */
    private String formLogin(String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String parameter = null;
        String token = null;
        for (Matcher m = META.matcher(page); m.find();) {
            if (m.group(1).equals("_csrf_parameter")) {
                parameter = m.group(2);
            } else {
                token = m.group(2);
            }
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&" + parameter + "=" + token;
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElse("");
    }

    private double refused(String limit) {
        return meters.find("eoffice.logins.refused").tag("limit", limit).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    @Test
    void guessingIsStoppedAtBothDoorsByNameAndByAddress() throws Exception {
        assertThat(formLogin("dm-kannauj", "dm-kannauj-test")).as("a login before anything").doesNotContain("error");
        assertThat(basic("cs", "cs-test")).isEqualTo(200);

        try (CapturedLog log = new CapturedLog(ThrottledAuthentication.class)) {
            assertThat(basic("cs", "guess-1")).isEqualTo(401);
            assertThat(formLogin("cs", "guess-2")).contains("error");
            assertThat(basic("cs", "guess-3")).isEqualTo(401);

            assertThat(basic("cs", "cs-test")).as("the right password, locked").isEqualTo(401);
            assertThat(formLogin("cs", "cs-test")).as("the form, locked").contains("error");
            assertThat(refused("user")).isEqualTo(2.0);

            for (int i = 0; i < 3; i++) {
                assertThat(basic(EVIL, "guess")).isEqualTo(401);
            }
            assertThat(basic("police-hq", "police-hq-test")).as("six failures from this address").isEqualTo(401);
            assertThat(formLogin("head-knj-coll", "head-knj-coll-test")).contains("error");
            assertThat(refused("address")).isEqualTo(2.0);

            assertThat(log.messages()).anySatisfy(m -> assertThat(m).startsWith("WARN Login refused (form): user 'cs'"))
                    .anySatisfy(m -> assertThat(m).startsWith("WARN Locked out (basic): user 'evil\\nWARN  forged line'"))
                    .allSatisfy(m -> assertThat(m).doesNotContain("\n"));
        }
        assertThat(Events.SEEN).filteredOn(LoginLockedOut.class::isInstance)
                .extracting(e -> ((LoginLockedOut) e).limit()).containsExactly(LoginThrottle.Limit.USER,
                        LoginThrottle.Limit.USER, LoginThrottle.Limit.ADDRESS);
        assertThat(Events.SEEN).filteredOn(LoginRefused.class::isInstance).hasSize(4);

        // The audit trail has them too: who was locked out or refused, by which limit, from where.
        List<AuditEntry> audited = List.of();
        for (int i = 0; i < 100 && audited.size() < 7; i++) {
            Thread.sleep(100);
            audited = auditLog.search(new AuditFilter(Instant.EPOCH, Instant.now().plusSeconds(60), "", ""), 500)
                    .entries().stream().filter(e -> e.action().equals(AuditActions.LOCKED_OUT)
                            || e.action().equals(AuditActions.LOGIN_REFUSED)).toList();
        }
        assertThat(audited).extracting(AuditEntry::action).containsOnly(AuditActions.LOCKED_OUT,
                AuditActions.LOGIN_REFUSED).hasSize(7);
        assertThat(audited).filteredOn(e -> e.action().equals(AuditActions.LOCKED_OUT))
                .extracting(AuditEntry::user).containsExactlyInAnyOrder("cs", EVIL, EVIL);
        assertThat(audited).allSatisfy(e -> assertThat(e.address()).isEqualTo("127.0.0.1"));
    }
}
