package in.eofficemonitor.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.eofficemonitor.dashboard.DashboardApplication;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.security.Browser;
import in.eofficemonitor.warehouse.audit.AuditEntry;
import in.eofficemonitor.warehouse.audit.AuditFilter;
import in.eofficemonitor.warehouse.audit.AuditLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app on a random port as browsers and a scraper use it: each login, failed login, logout and denied access
 * arrives in the warehouse's audit_log with the user, their role and scope, and the client's address.
 */
@SpringBootTest(classes = DashboardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eoffice.warehouse.url=embedded", "eoffice.warehouse.port=0", "eoffice.pipeline.enabled=false",
            "eoffice.users-file=" + DashboardTestBase.USERS_FILE,
            "eoffice.alerts.enabled=false", "eoffice.refresh-seconds=0", "eoffice.audit.flush-every=100ms"})
@DirtiesContext
class AuditTrailIT {

    @LocalServerPort
    int port;
    @Autowired
    AuditLog log;
    @Autowired
    AuditTrail trail;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("dashboard-audit-it");
        registry.add("eoffice.data-dir", dir::toString);
    }

    private List<AuditEntry> written(Instant since, int expected) throws InterruptedException {
        List<AuditEntry> entries = List.of();
        for (int i = 0; i < 100 && entries.size() < expected; i++) {
            Thread.sleep(100);
            entries = log.search(new AuditFilter(since, Instant.now().plusSeconds(60), "", ""), 100).entries().reversed();
        }
        return entries;
    }

    @Test
    void loginsFailuresLogoutsAndDenialsAreWrittenWithWhoAndFromWhere() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        Browser collector = Browser.at("http://127.0.0.1:" + port);
        assertThat(collector.logIn("dm-kannauj", "dm-kannauj-test")).isTrue();
        assertThat(collector.get("/actuator/prometheus").statusCode()).isEqualTo(403);
        assertThat(collector.logOut().statusCode()).isEqualTo(302);
        assertThat(Browser.at("http://127.0.0.1:" + port).logIn("cs", "not-the-password")).isFalse();
        assertThat(Browser.at("http://127.0.0.1:" + port).logIn("nobody=1+1", "x")).isFalse();

        List<AuditEntry> entries = written(start, 5);

        assertThat(entries).extracting(AuditEntry::action, AuditEntry::user, AuditEntry::role, AuditEntry::scope,
                        AuditEntry::view, AuditEntry::address)
                .containsExactly(
                        tuple("LOGIN", "dm-kannauj", "DISTRICT", "Kannauj", "", "127.0.0.1"),
                        tuple("ACCESS_DENIED", "dm-kannauj", "DISTRICT", "Kannauj", "/actuator/prometheus", "127.0.0.1"),
                        tuple("LOGOUT", "dm-kannauj", "DISTRICT", "Kannauj", "", "127.0.0.1"),
                        tuple("LOGIN_FAILED", "cs", "STATE", "", "", "127.0.0.1"),
                        tuple("LOGIN_FAILED", "nobody=1+1", "", "", "", "127.0.0.1"));
        assertThat(entries).allSatisfy(e -> assertThat(e.rows()).isEqualTo(OptionalLong.empty()));
        assertThat(entries.get(3).detail()).isEqualTo("BadCredentialsException");
        assertThat(trail.pending()).isZero();
    }
}
