package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every limit of the embedded warehouse, each crossed on purpose: refused with ClickHouse's error code and a
 * fitting status, and the process still answers. The HTTP limits are tried on a second front with small limits
 * over the engine the other tests share; the engine's own (memory, time) on the shared front.
 */
class LimitsIT {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static EmbeddedWarehouse tight;
    private static URI base;
    private static URI shared;

    @BeforeAll
    static void start() throws Exception {
        shared = TestWarehouse.get().httpUri();
        tight = EmbeddedWarehouse.start(TestWarehouse.config().withPoolSize(1).withLimits(Limits.defaults()
                .withMaxBodyBytes(64 * 1024)
                .withMaxDecompressedBytes(256 * 1024)
                .withMaxQueryTextBytes(32 * 1024)
                .withMaxSpillBytes(512 * 1024)
                .withMaxQueuedRequests(1)
                .withMaxSessions(2)));
        base = tight.httpUri();
        post(shared, "", "CREATE DATABASE IF NOT EXISTS limits_it");
        post(shared, "", "CREATE OR REPLACE TABLE limits_it.lines (line String) ENGINE = MergeTree ORDER BY line");
    }

    @AfterAll
    static void stop() {
        tight.close();
    }

    static HttpResponse<String> post(URI to, String params, String body, String... headers) throws Exception {
        return postBytes(to, params, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static HttpResponse<String> postBytes(URI to, String params, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(to.resolve("/" + params)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String params, String body, String... headers) throws Exception {
        return post(shared, params, body, headers);
    }

    static String q(String sql) {
        return "?query=" + URLEncoder.encode(sql, StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    private static void stillServing() throws Exception {
        for (URI u : List.of(base, shared)) {
            assertThat(http.send(HttpRequest.newBuilder(u.resolve("/ping")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("Ok.\n");
            assertThat(post(u, "", "SELECT 1").body()).isEqualTo("1\n");
        }
    }

    private static byte[] lines(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append("पंक्ति ").append(i).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        HttpResponse<String> r = postBytes(base, q("INSERT INTO limits_it.lines FORMAT LineAsString"), lines(10_000));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("QUERY_IS_TOO_LARGE");
        HttpResponse<String> text = post(base, "", "SELECT '" + "x".repeat(40 * 1024) + "'");
        assertThat(text.statusCode()).isEqualTo(413);
        stillServing();
    }

    @Test
    void aBodyThatInflatesOverTheLimitIsRefusedAsItInflates() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("एक ही पंक्ति\n".repeat(100_000).getBytes(StandardCharsets.UTF_8)); // ≈ 3 MB, ≈ 10 KB sent
        }
        assertThat(gz.size()).isLessThan(64 * 1024);
        HttpResponse<String> r = postBytes(base, q("INSERT INTO limits_it.lines FORMAT LineAsString"),
                gz.toByteArray(), "Content-Encoding", "gzip");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("QUERY_IS_TOO_LARGE");
        byte[] br = Brotli.compress("एक ही पंक्ति\n".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        assertThat(br.length).isLessThan(64 * 1024);
        HttpResponse<String> brotli = postBytes(base, q("INSERT INTO limits_it.lines FORMAT LineAsString"), br,
                "Content-Encoding", "br");
        assertThat(brotli.statusCode()).isEqualTo(413);
        assertThat(brotli.body()).contains("QUERY_IS_TOO_LARGE");
        stillServing();
    }

    @Test
    void externalDataCountsAgainstTheBodyLimitAndGivesItsSpaceBack() throws Exception {
        String boundary = "limits-it-boundary";
        java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"t\"; filename=\"t.tsv\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        form.writeBytes(lines(10_000));
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = postBytes(base, q("SELECT count() FROM t") + "&t_structure=line%20String",
                form.toByteArray(), "Content-Type", "multipart/form-data; boundary=" + boundary);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("QUERY_IS_TOO_LARGE");
        try (var left = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.filter(f -> f.getFileName().toString().startsWith("eoffice-warehouse-external")))
                    .as("spooled external data left behind").isEmpty();
        }
        stillServing();
    }

    @Test
    void temporaryFilesHaveACapAndGiveTheirSpaceBack() throws Exception {
        // wait_end_of_query=1 holds the whole result: 1 MiB in memory, the rest in a temporary file.
        String big = "SELECT repeat('क', 1000) FROM numbers(3000)";
        HttpResponse<String> r = post(base, "?wait_end_of_query=1", big);
        assertThat(r.statusCode()).isEqualTo(507);
        assertThat(r.body()).contains("NOT_ENOUGH_SPACE");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> fits = post(base, "?wait_end_of_query=1", "SELECT repeat('क', 1000) FROM numbers(300)");
            assertThat(fits.statusCode()).as(fits.body()).isEqualTo(200);
            HttpResponse<String> ok = postBytes(base, q("INSERT INTO limits_it.lines FORMAT LineAsString"),
                    lines(2_000));
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        }
        stillServing();
    }

    @Test
    void sessionsHaveACap() throws Exception {
        assertThat(post(base, "?session_id=cap-1", "SELECT 1").statusCode()).isEqualTo(200);
        assertThat(post(base, "?session_id=cap-2", "SELECT 1").statusCode()).isEqualTo(200);
        HttpResponse<String> third = post(base, "?session_id=cap-3", "SELECT 1");
        assertThat(third.statusCode()).isEqualTo(503);
        assertThat(third.body()).contains("TOO_MANY_SIMULTANEOUS_QUERIES");
        assertThat(post(base, "?session_id=cap-1", "SELECT 2").body()).isEqualTo("2\n");
        stillServing();
    }

    @Test
    void aFullRequestQueueAnswers503WithRetryAfterAndPingStillAnswers() throws Exception {
        // One engine connection, 6 workers and a queue of 1: of 12 requests sleeping a second each, some find
        // the queue full.
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            all.add(http.sendAsync(HttpRequest.newBuilder(base.resolve("/"))
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT sleep(1)")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(300);
        assertThat(http.send(HttpRequest.newBuilder(base.resolve("/ping")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("Ok.\n");
        List<HttpResponse<String>> refused = new ArrayList<>();
        int served = 0;
        for (var f : all) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() == 503) {
                refused.add(r);
            } else if (r.statusCode() == 200) {
                served++;
            }
        }
        assertThat(refused).isNotEmpty();
        assertThat(served).isPositive();
        assertThat(header(refused.getFirst(), "Retry-After")).isEqualTo("1");
        assertThat(refused.getFirst().body()).contains("TOO_MANY_SIMULTANEOUS_QUERIES");
        stillServing();
    }

    @Test
    void perQueryMemoryAndTimeHaveDefaultsAClientCannotLift() throws Exception {
        Limits limits = TestWarehouse.get().config().limits();
        assertThat(post("", "SELECT getSetting('max_memory_usage'), getSetting('max_execution_time')").body())
                .isEqualTo(limits.maxMemoryUsage() + "\t" + limits.maxExecutionSeconds() + "\n");
        HttpResponse<String> unlimited = post("?max_memory_usage=0", "SELECT 1");
        assertThat(header(unlimited, "X-ClickHouse-Exception-Code")).isEqualTo("452");
        assertThat(unlimited.statusCode()).isEqualTo(400);
        HttpResponse<String> longer = post("", "SELECT 1 SETTINGS max_execution_time = " + 10 * limits.maxExecutionSeconds());
        assertThat(header(longer, "X-ClickHouse-Exception-Code")).isEqualTo("452");
        HttpResponse<String> reset = post("", "SELECT 1 SETTINGS max_memory_usage = DEFAULT");
        assertThat(header(reset, "X-ClickHouse-Exception-Code")).isEqualTo("452");
        HttpResponse<String> inSession = post("?session_id=boundary-limits", "SET max_execution_time = DEFAULT");
        assertThat(header(inSession, "X-ClickHouse-Exception-Code")).isEqualTo("452");
        HttpResponse<String> small = post("?max_memory_usage=1000000", "SELECT groupArray(number) FROM numbers(10000000)");
        assertThat(header(small, "X-ClickHouse-Exception-Code")).isEqualTo("241");
        HttpResponse<String> quick = post("?max_execution_time=1", "SELECT sleepEachRow(0.5) FROM numbers(10) SETTINGS max_block_size = 1");
        assertThat(header(quick, "X-ClickHouse-Exception-Code")).isEqualTo("159");
        assertThat(post("", "SELECT getSetting('max_memory_usage')").body()).isEqualTo(limits.maxMemoryUsage() + "\n");
    }
}
