package in.eofficemonitor.dashboard.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.DashboardApplication;
import in.eofficemonitor.warehouse.audit.AuditEntry;
import in.eofficemonitor.warehouse.audit.AuditFilter;
import in.eofficemonitor.warehouse.audit.AuditLog;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard over HTTPS with a throw-away keystore made by the JDK's keytool: the login goes over TLS, the session
 * cookie is Secure, HttpOnly and SameSite=Lax, every answer carries HSTS, and plain HTTP is not spoken at all. Behind
 * a reverse proxy (forwarded headers on) the audit trail records the client's address the proxy passed on.
 */
@SpringBootTest(classes = DashboardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eoffice.warehouse.url=embedded", "eoffice.warehouse.port=0", "eoffice.pipeline.enabled=false",
            "eoffice.users-file=" + DashboardTestBase.USERS_FILE,
            "eoffice.alerts.enabled=false", "eoffice.refresh-seconds=0", "eoffice.audit.flush-every=100ms",
            "server.address=127.0.0.1", "server.ssl.key-store-type=PKCS12", "server.ssl.key-alias=dashboard",
            "server.forward-headers-strategy=native"})
@DirtiesContext
class TlsLoginIT {

    private static final String STORE_PASSWORD = "throw-away-" + System.nanoTime();
    private static Path keystore;

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("dashboard-tls-it");
        registry.add("eoffice.data-dir", dir::toString);
        keystore = dir.resolve("dashboard.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "dashboard", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        registry.add("server.ssl.key-store", () -> keystore.toString());
        registry.add("server.ssl.key-store-password", () -> STORE_PASSWORD);
    }

    /** A client that trusts exactly the throw-away certificate (and verifies the host name against it). */
    private static SSLContext trustingTheKeystore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    @Test
    void aLoginOverHttpsGetsASecureHttpOnlySameSiteSessionCookieAndHsts() throws Exception {
        Browser browser = Browser.at("https://127.0.0.1:" + port, trustingTheKeystore());

        HttpResponse<String> loginPage = browser.get("/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        List<String> cookies = loginPage.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().satisfies(c ->
                assertThat(c).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        assertThat(browser.logIn("cs", "cs-test")).isTrue();
        HttpResponse<String> dashboard = browser.get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(browser.get("/actuator/prometheus").headers().firstValue("Strict-Transport-Security"))
                .as("the actuator's chain too").isPresent();
        assertThat(browser.get("/VAADIN/build/nothing-here.js").headers().firstValue("Strict-Transport-Security"))
                .as("Vaadin's static files, outside Spring Security").isPresent();
    }

    @Test
    void plainHttpOnTheTlsPortIsNotServed() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> answer = plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as("no login page (and no password) over plain HTTP").isEqualTo(400);
    }

    @Test
    void behindAProxyTheAuditTrailRecordsTheAddressItForwarded() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        SSLContext tls = trustingTheKeystore();
        HttpClient proxy = HttpClient.newBuilder().sslContext(tls).build();
        Browser browser = Browser.at("https://127.0.0.1:" + port, tls);
        Map<String, String> form = Browser.csrf(browser.get("/login").body());
        form.put("username", "cs");
        form.put("password", "wrong");
        // As a reverse proxy on this machine passes a login on: the client's address in X-Forwarded-For.
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        String session = browser.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
        proxy.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session)
                .header("X-Forwarded-For", "203.0.113.7").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        List<AuditEntry> entries = List.of();
        for (int i = 0; i < 100 && entries.isEmpty(); i++) {
            Thread.sleep(100);
            entries = audit.search(new AuditFilter(start, Instant.now().plusSeconds(60), "cs", "LOGIN_FAILED"), 10)
                    .entries();
        }
        assertThat(entries).extracting(AuditEntry::address).containsExactly("203.0.113.7");
    }
}
