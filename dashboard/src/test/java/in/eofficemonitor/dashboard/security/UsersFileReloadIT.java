package in.eofficemonitor.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardApplication;
import in.eofficemonitor.dashboard.DashboardTestBase;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An officer transferred or gone: the users file is edited on the running app and the change holds within the
 * check interval (1 s here), without a restart — the revoked user's open session ends, and a broken file keeps the
 * users of the last good one.
 */
@SpringBootTest(classes = DashboardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eoffice.warehouse.url=embedded", "eoffice.warehouse.port=0", "eoffice.pipeline.enabled=false",
            "eoffice.alerts.enabled=false", "eoffice.refresh-seconds=0", "eoffice.users-reload-every=1s",
            "eoffice.users-file=" + UsersFileReloadIT.USERS_FILE})
// The app's embedded warehouse holds the process's one chDB data directory: close it for the next app context.
@DirtiesContext
class UsersFileReloadIT {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");
    /** A copy of the tests' users file that this test edits (a fixed path: the start-up check reads it first). */
    static final String USERS_FILE = "target/users-reload-it/users.csv";
    private static final Path usersFile = Path.of(USERS_FILE);

    static {
        try {
            Files.createDirectories(usersFile.getParent());
            Files.copy(Path.of(DashboardTestBase.USERS_FILE), usersFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void files(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("dashboard-reload-it");
        registry.add("eoffice.data-dir", dir::toString);
    }

    private final HttpClient anonymous = HttpClient.newHttpClient();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private int status(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int basic(String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return anonymous.send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private HttpClient loggedIn(String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
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
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }

    /** Waits (at most 15 s) for what the file's next check makes true. */
    private static boolean within15s(BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return condition.getAsBoolean();
    }

    private static BooleanSupplier unchecked(java.util.concurrent.Callable<Boolean> check) {
        return () -> {
            try {
                return check.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static void write(String text) throws IOException {
        Path next = usersFile.resolveSibling("users.csv.new");
        Files.writeString(next, text, StandardCharsets.UTF_8);
        Files.move(next, usersFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void aRevokedUserIsLoggedOutWithinSecondsAndABrokenFileChangesNothing() throws Exception {
        String original = Files.readString(usersFile, StandardCharsets.UTF_8);
        HttpClient collector = loggedIn("dm-kannauj", "dm-kannauj-test");
        assertThat(status(collector, "/")).isEqualTo(200);

        // A broken edit: no password column. The users of the last good file stay; nobody is logged out.
        write(original.replace(",password_hash", ""));
        Thread.sleep(3000);
        assertThat(status(collector, "/")).as("still logged in").isEqualTo(200);
        assertThat(basic("cs", "cs-test")).isEqualTo(200);

        // The Collector is transferred: the row goes. The session ends, the password opens nothing.
        write(original.lines().filter(l -> !l.startsWith("dm-kannauj,")).collect(Collectors.joining("\n", "", "\n")));
        assertThat(within15s(unchecked(() -> status(collector, "/") == 302))).as("the session ended").isTrue();
        assertThat(basic("dm-kannauj", "dm-kannauj-test")).isEqualTo(401);
        assertThat(basic("cs", "cs-test")).as("everyone else as before").isEqualTo(200);
    }
}
