package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An operator opens the FILE source on purpose: file() and the File engine then serve the data directory's
 * user_files and nothing else, and the other sources stay shut. Boots the engine again with other grants, so it
 * runs in the JVM of the tests that restart the engine (failsafe execution engine-restarts).
 */
class OpenSourcesIT {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static URI base;
    private static Path userFiles;

    @BeforeAll
    static void openFile() {
        EmbeddedWarehouse w = TestWarehouse.restartWith(c -> c.withOpenSources(Set.of("FILE")));
        base = w.httpUri();
        userFiles = w.dataDir().resolve("user_files");
    }

    @AfterAll
    static void shutAgain() throws Exception {
        base = TestWarehouse.restartWith(c -> c).httpUri();
        HttpResponse<String> r = post("", "SELECT count() FROM file('" + userFiles + "/opened.tsv', 'LineAsString')");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
    }

    static HttpResponse<String> post(String params, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("/" + params)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void fileServesUserFilesOnly() throws Exception {
        String inside = userFiles.resolve("opened.tsv").toString();
        HttpResponse<String> write = post("", "INSERT INTO FUNCTION file('" + inside + "', 'LineAsString')"
                + " SELECT 'खुला' SETTINGS engine_file_truncate_on_insert = 1");
        assertThat(write.statusCode()).as(write.body()).isEqualTo(200);
        assertThat(post("", "SELECT * FROM file('" + inside + "', 'LineAsString')").body()).isEqualTo("खुला\n");
        for (String attack : List.of("SELECT * FROM file('/etc/passwd', 'LineAsString')",
                "SELECT file('/etc/passwd')",
                "SELECT * FROM file('opened.tsv', 'LineAsString')",
                "SELECT * FROM file('" + userFiles + "/../../../../etc/passwd', 'LineAsString')",
                "SELECT * FROM file(concat('/etc', '/passwd'), 'LineAsString')",
                "CREATE TABLE default.opened_f (l String) ENGINE = File(LineAsString, '/etc/passwd')",
                "SELECT * FROM url('http://127.0.0.1:" + base.getPort() + "/ping', 'LineAsString')")) {
            HttpResponse<String> r = post("", attack);
            assertThat(r.statusCode()).as(attack + ": " + r.body()).isEqualTo(403);
            assertThat(r.body()).doesNotContain("root:");
        }
    }

    @Test
    void aFileNamedByAParameterIsCheckedEveryTime() throws Exception {
        String sql = "SELECT count() FROM file({path:String}, 'LineAsString')";
        String q = "?query=" + URLEncoder.encode(sql, StandardCharsets.UTF_8);
        Files.writeString(userFiles.resolve("counted.tsv"), "a\nb\n");
        post(q + "&param_path=" + URLEncoder.encode(userFiles + "/counted.tsv", StandardCharsets.UTF_8), "");
        HttpResponse<String> outside = post(q + "&param_path=%2Fetc%2Fpasswd", "");
        assertThat(outside.statusCode()).as(outside.body()).isEqualTo(403);
    }
}
