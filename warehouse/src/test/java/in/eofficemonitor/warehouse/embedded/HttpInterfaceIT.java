package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * ClickHouse's HTTP interface (https://clickhouse.com/docs/interfaces/http) as served by the
 * embedded warehouse, spoken with nothing but {@link HttpClient}.
 */
class HttpInterfaceIT {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        base = TestWarehouse.get().httpUri();
        post("", "CREATE DATABASE IF NOT EXISTS http_it");
        post("", "CREATE OR REPLACE TABLE http_it.moves (n UInt32, desk String) ENGINE = MergeTree ORDER BY n");
    }

    static HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(query)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String params, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/" + params))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String q(String sql) {
        return "?query=" + URLEncoder.encode(sql, StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @Test
    void pingAndRootAnswerOk() throws Exception {
        assertThat(get("/ping").body()).isEqualTo("Ok.\n");
        assertThat(get("/").body()).isEqualTo("Ok.\n");
        assertThat(get("/no/such/handler").statusCode()).isEqualTo(404);
    }

    @Test
    void postBodyIsTheQueryAndTheResponseCarriesClickHouseHeaders() throws Exception {
        HttpResponse<String> r = post("", "SELECT 1 + 1, 'राजस्व विभाग'");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("2\tराजस्व विभाग\n");
        assertThat(header(r, "X-ClickHouse-Format")).isEqualTo("TabSeparated");
        assertThat(header(r, "Content-Type")).startsWith("text/tab-separated-values");
        assertThat(header(r, "X-ClickHouse-Query-Id")).isNotBlank();
        assertThat(header(r, "X-ClickHouse-Timezone")).isNotBlank();
        assertThat(header(r, "X-ClickHouse-Server-Display-Name")).isNotBlank();
        assertThat(header(r, "X-ClickHouse-Summary")).contains("\"result_rows\":\"1\"");
    }

    @Test
    void getRunsReadsButRefusesWritesAsReadonly() throws Exception {
        assertThat(get(q("SELECT 40 + 2")).body()).isEqualTo("42\n");
        assertThat(get(q("SELECT currentDatabase(), getSetting('max_threads')") + "&database=http_it&max_threads=2")
                .body()).isEqualTo("http_it\t2\n");
        HttpResponse<String> r = get(q("CREATE TABLE http_it.by_get (a UInt8) ENGINE = Memory"));
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(header(r, "X-ClickHouse-Exception-Code")).isEqualTo("164");
        assertThat(r.body()).startsWith("Code: 164. DB::Exception:").contains("readonly");
        assertThat(post("", "EXISTS TABLE http_it.by_get").body()).isEqualTo("0\n");
    }

    @Test
    void queryParameterWithBodyInsertsTheBodyAsData() throws Exception {
        post("", "CREATE OR REPLACE TABLE http_it.tsv_in (n UInt32, desk String) ENGINE = MergeTree ORDER BY n");
        HttpResponse<String> r = post(q("INSERT INTO http_it.tsv_in FORMAT TabSeparated"),
                "1\tKNJ-COLL-AG3-01\n2\tकानपुर\n");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "X-ClickHouse-Summary")).contains("\"written_rows\":\"2\"");
        assertThat(post("", "SELECT desk FROM http_it.tsv_in ORDER BY n").body())
                .isEqualTo("KNJ-COLL-AG3-01\nकानपुर\n");
    }

    @Test
    void rowBinaryBodyInsertsRows() throws Exception {
        post("", "CREATE OR REPLACE TABLE http_it.rb_in (n UInt32, desk String) ENGINE = MergeTree ORDER BY n");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int n = 1; n <= 3; n++) {
            body.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(n).array());
            byte[] desk = ("desk-" + n).getBytes(StandardCharsets.UTF_8);
            body.write(desk.length); // LEB128 length, one byte below 128
            body.writeBytes(desk);
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        base.resolve("/" + q("INSERT INTO http_it.rb_in FORMAT RowBinary")))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(header(r, "X-ClickHouse-Summary")).contains("\"written_rows\":\"3\"");
        assertThat(post("", "SELECT sum(n), groupArray(desk) FROM http_it.rb_in").body())
                .isEqualTo("6\t['desk-1','desk-2','desk-3']\n");
    }

    /**
     * chDB runs a statement's text as a script, where inline INSERT data ends at the first empty line; binary data
     * holds two line breaks in a row sooner or later (here inside a UInt32), and every row must still arrive.
     */
    @Test
    void binaryBodyWithTwoLineBreaksInARowInsertsEveryRow() throws Exception {
        post("", "CREATE OR REPLACE TABLE http_it.rb_nl (n UInt32, desk String) ENGINE = MergeTree ORDER BY n");
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        for (int n : new int[] {0x0a0a, 0x0a, 7, 0x0a0a0a0a}) {
            rows.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(n).array());
            byte[] desk = ("\n\ndesk-" + n + "\n").getBytes(StandardCharsets.UTF_8);
            rows.write(desk.length);
            rows.writeBytes(desk);
        }
        HttpResponse<String> inUrl = http.send(HttpRequest.newBuilder(
                        base.resolve("/" + q("INSERT INTO http_it.rb_nl (n, desk) FORMAT RowBinary")))
                .POST(HttpRequest.BodyPublishers.ofByteArray(rows.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(inUrl.statusCode()).as(inUrl.body()).isEqualTo(200);
        assertThat(header(inUrl, "X-ClickHouse-Summary")).contains("\"written_rows\":\"4\"");

        ByteArrayOutputStream oneBody = new ByteArrayOutputStream();
        oneBody.writeBytes("INSERT INTO http_it.rb_nl\n FORMAT RowBinary \n".getBytes(StandardCharsets.US_ASCII));
        oneBody.writeBytes(rows.toByteArray());
        HttpResponse<String> inBody = http.send(HttpRequest.newBuilder(base)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(oneBody.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(inBody.statusCode()).as(inBody.body()).isEqualTo(200);

        assertThat(post("", "SELECT count(), sum(n), countIf(desk = concat('\\n\\ndesk-', toString(n), '\\n'))"
                + " FROM http_it.rb_nl").body()).isEqualTo("8\t" + 2L * (0x0a0a + 0x0a + 7 + 0x0a0a0a0a) + "\t8\n");
    }

    @Test
    void outputFormatComesFromQueryHeaderOrDefaultFormat() throws Exception {
        HttpResponse<String> inQuery = post("", "SELECT 7 AS files FORMAT JSONEachRow");
        assertThat(inQuery.body()).isEqualTo("{\"files\":7}\n");
        assertThat(header(inQuery, "X-ClickHouse-Format")).isEqualTo("JSONEachRow");

        HttpResponse<String> byHeader = post("", "SELECT 7 AS files, 'a,b' AS s", "X-ClickHouse-Format", "CSV");
        assertThat(byHeader.body()).isEqualTo("7,\"a,b\"\n");
        assertThat(header(byHeader, "X-ClickHouse-Format")).isEqualTo("CSV");

        HttpResponse<String> byParam = post("?default_format=JSONCompactEachRow", "SELECT 7, 'x'");
        assertThat(byParam.body()).isEqualTo("[7, \"x\"]\n");

        assertThat(post("", "SELECT 7 AS files WHERE 0 FORMAT TSVWithNames").body()).isEqualTo("files\n");

        HttpResponse<String> queryWins = post("", "SELECT 7 FORMAT TSVWithNames", "X-ClickHouse-Format", "CSV");
        assertThat(queryWins.body()).isEqualTo("7\n7\n");
    }

    @Test
    void databaseComesFromParameterOrHeader() throws Exception {
        post("", "INSERT INTO http_it.moves VALUES (1, 'a')");
        assertThat(post("?database=http_it", "SELECT currentDatabase(), count() > 0 FROM moves").body())
                .isEqualTo("http_it\t1\n");
        assertThat(post("", "SELECT currentDatabase()", "X-ClickHouse-Database", "http_it").body())
                .isEqualTo("http_it\n");
        // pooled connections go back to the default database
        assertThat(post("", "SELECT currentDatabase()").body()).isEqualTo("default\n");
        HttpResponse<String> unknown = post("?database=no_such_db", "SELECT 1");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(header(unknown, "X-ClickHouse-Exception-Code")).isEqualTo("81");
    }

    @Test
    void urlParametersAreSettingsForThatQueryOnly() throws Exception {
        assertThat(post("?max_threads=3", "SELECT getSetting('max_threads')").body()).isEqualTo("3\n");
        assertThat(post("", "SELECT getSetting('max_threads') = 3").body()).isEqualTo("0\n");
        // as on a ClickHouse server, inserts are synchronous unless a request asks otherwise
        // (chDB's own default is async_insert=1)
        assertThat(post("", "SELECT getSetting('async_insert')").body()).isEqualTo("false\n");
        assertThat(post("?async_insert=1", "SELECT getSetting('async_insert')").body()).isEqualTo("true\n");
        assertThat(post("?async_insert=0", "SELECT getSetting('async_insert')").body()).isEqualTo("false\n");
        assertThat(post("", "SELECT getSetting('async_insert')").body()).isEqualTo("false\n");
        assertThat(post("?session_id=http-it-async", "SELECT getSetting('async_insert')").body()).isEqualTo("false\n");
        HttpResponse<String> limited = post("?max_result_rows=5&result_overflow_mode=throw",
                "SELECT number FROM numbers(10)");
        assertThat(limited.statusCode()).isEqualTo(500);
        assertThat(limited.body()).contains("TOO_MANY_ROWS_OR_BYTES");
        HttpResponse<String> unknown = post("?no_such_setting=1", "SELECT 1");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(header(unknown, "X-ClickHouse-Exception-Code")).isEqualTo("115");
    }

    @Test
    void queryParametersAreBoundByTheEngine() throws Exception {
        String params = "?param_desk=" + URLEncoder.encode("O'Brien's desk — डेस्क", StandardCharsets.UTF_8)
                + "&param_n=41";
        assertThat(post(params, "SELECT {desk:String}, {n:UInt8} + 1").body())
                .isEqualTo("O\\'Brien\\'s desk — डेस्क\t42\n");
    }

    @Test
    void sessionKeepsSetsAndTemporaryTables() throws Exception {
        String s1 = "?session_id=http-it-1&session_timeout=30";
        for (String sql : List.of("SET max_threads = 1", "CREATE TEMPORARY TABLE pending (file_id String)",
                "INSERT INTO pending VALUES ('UP/REV/2026/00123')")) {
            HttpResponse<String> r = post(s1, sql);
            assertThat(r.statusCode()).as("%s -> %s", sql, r.body()).isEqualTo(200);
        }
        assertThat(post(s1, "SELECT getSetting('max_threads'), (SELECT count() FROM pending)").body())
                .isEqualTo("1\t1\n");

        HttpResponse<String> otherSession = post("?session_id=http-it-2", "SELECT count() FROM pending");
        assertThat(header(otherSession, "X-ClickHouse-Exception-Code")).isEqualTo("60");
        assertThat(post("", "SELECT getSetting('max_threads') = 1").body()).isEqualTo("0\n");

        // a URL setting applies to one query of the session, the session's own SET stays
        assertThat(post(s1 + "&max_threads=2", "SELECT getSetting('max_threads')").body()).isEqualTo("2\n");
        assertThat(post(s1, "SELECT getSetting('max_threads')").body()).isEqualTo("1\n");

        HttpResponse<String> check = post("?session_id=never-created&session_check=1", "SELECT 1");
        assertThat(header(check, "X-ClickHouse-Exception-Code")).isEqualTo("372");
    }

    @Test
    void errorsCarryTheEngineCodeAndClickHouseStatus() throws Exception {
        HttpResponse<String> unknownTable = post("", "SELECT * FROM http_it.no_such_table");
        assertThat(unknownTable.statusCode()).isEqualTo(404);
        assertThat(header(unknownTable, "X-ClickHouse-Exception-Code")).isEqualTo("60");
        assertThat(unknownTable.body()).startsWith("Code: 60. DB::Exception:").contains("no_such_table");

        HttpResponse<String> syntax = post("", "SELEC 1");
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(header(syntax, "X-ClickHouse-Exception-Code")).isEqualTo("62");

        HttpResponse<String> empty = post("", "");
        assertThat(empty.statusCode()).isEqualTo(400);
    }

    @Test
    void summaryReportsRowsWrittenAndRead() throws Exception {
        post("", "CREATE OR REPLACE TABLE http_it.summed (n UInt64) ENGINE = MergeTree ORDER BY n");
        HttpResponse<String> insert = post("", "INSERT INTO http_it.summed SELECT number FROM numbers(1000)");
        assertThat(header(insert, "X-ClickHouse-Summary"))
                .contains("\"written_rows\":\"1000\"").contains("\"written_bytes\":\"8000\"");
        HttpResponse<String> select = post("", "SELECT n FROM http_it.summed WHERE n < 10");
        assertThat(header(select, "X-ClickHouse-Summary"))
                .contains("\"read_rows\":\"1000\"").contains("\"result_rows\":\"10\"");
    }

    @Test
    void queryIdIsHonoured() throws Exception {
        assertThat(header(post("?query_id=file-movement-42", "SELECT 1"), "X-ClickHouse-Query-Id"))
                .isEqualTo("file-movement-42");
    }

    @Test
    void httpCompressionGzipDeflateAndLz4() throws Exception {
        for (String encoding : List.of("gzip", "deflate", "lz4")) {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(
                            base.resolve("/?enable_http_compression=1"))
                    .header("Accept-Encoding", encoding)
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT number FROM numbers(3)")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(header(r, "Content-Encoding")).isEqualTo(encoding);
            InputStream in = switch (encoding) {
                case "gzip" -> new GZIPInputStream(r.body());
                case "deflate" -> new InflaterInputStream(r.body());
                default -> new net.jpountz.lz4.LZ4FrameInputStream(r.body());
            };
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("0\n1\n2\n");
        }
        HttpResponse<String> notAsked = post("", "SELECT 1", "Accept-Encoding", "gzip");
        assertThat(header(notAsked, "Content-Encoding")).isNull();
        assertThat(notAsked.body()).isEqualTo("1\n");
    }

    /** ClickHouse's own LZ4 blocks (compress=1), decoded by the JDBC driver's reader, not ours. */
    @Test
    void compressOneAnswersInClickHouseCompressedBlocks() throws Exception {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(base.resolve("/?compress=1"))
                        .POST(HttpRequest.BodyPublishers.ofString("SELECT number, 'राजस्व' FROM numbers(200000)")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        InputStream blocks = new com.clickhouse.client.api.internal.ClickHouseLZ4InputStream(r.body(),
                net.jpountz.lz4.LZ4Factory.safeInstance().fastDecompressor(), 65536);
        String text = new String(blocks.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text.split("\n")).hasSize(200_000);
        assertThat(text).startsWith("0\tराजस्व\n1\tराजस्व\n").endsWith("199999\tराजस्व\n");
    }

    /** decompress=1: the request body in ClickHouse's blocks, written by the driver's writer. */
    @Test
    void decompressOneReadsACompressedRequestBody() throws Exception {
        post("", "CREATE OR REPLACE TABLE http_it.lz4_in (n UInt32) ENGINE = MergeTree ORDER BY n");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try (var out = new com.clickhouse.client.api.internal.ClickHouseLZ4OutputStream(body,
                net.jpountz.lz4.LZ4Factory.safeInstance().fastCompressor(), 65536)) {
            for (int n = 0; n < 100_000; n++) {
                out.write((n + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        base.resolve("/" + q("INSERT INTO http_it.lz4_in FORMAT TSV") + "&decompress=1"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(header(r, "X-ClickHouse-Summary")).contains("\"written_rows\":\"100000\"");

        byte[] corrupt = body.toByteArray();
        corrupt[40] ^= 0x55;
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(
                        base.resolve("/" + q("INSERT INTO http_it.lz4_in FORMAT TSV") + "&decompress=1"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(corrupt)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(header(bad, "X-ClickHouse-Exception-Code")).isEqualTo("40"); // CHECKSUM_DOESNT_MATCH
        assertThat(post("", "SELECT count() FROM http_it.lz4_in").body()).isEqualTo("100000\n");
    }

    /**
     * 50 million rows (about 440 MB of text) in a test JVM whose heap is capped at 256 MB
     * (failsafe's argLine): it can only pass if the result flows through in chunks.
     */
    @Test
    void largeResultIsStreamedInChunks() throws Exception {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(base)
                        .POST(HttpRequest.BodyPublishers.ofString("SELECT number FROM numbers(50000000)")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Length")).isEmpty();
        long lines = 0;
        long bytes = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = r.body()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        assertThat(lines).isEqualTo(50_000_000L);
        assertThat(bytes).isGreaterThan(Runtime.getRuntime().maxMemory());
    }

    /** Formats with a header or a prefix and suffix come out whole, however many chunks the engine made. */
    @Test
    void largeResultsKeepOneHeaderInEveryFormat() throws Exception {
        String rows = "SELECT number AS n, toString(number) AS s FROM numbers(1000000)";
        String tsv = post("", rows + " FORMAT TSVWithNamesAndTypes").body();
        assertThat(tsv.split("\n", -1)).hasSize(1_000_003); // names, types, rows, the empty tail
        assertThat(tsv).startsWith("n\ts\nUInt64\tString\n0\t0\n");
        assertThat(tsv.indexOf("n\ts\n", 1)).isEqualTo(-1);

        HttpResponse<String> json = post("", rows + " FORMAT JSON");
        assertThat(json.body().split("\"meta\"", -1)).hasSize(2);
        assertThat(json.body()).contains("\"rows\": 1000000");

        byte[] rowBinary = http.send(HttpRequest.newBuilder(base)
                        .POST(HttpRequest.BodyPublishers.ofString(rows + " FORMAT RowBinaryWithNamesAndTypes")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        long header = 1 + (1 + 1) + (1 + 1) + (1 + 6) + (1 + 6); // count, "n", "s", "UInt64", "String"
        long strings = 10 * 1 + 90 * 2 + 900 * 3 + 9000 * 4 + 90000 * 5 + 900000 * 6; // digits of 0..999999
        assertThat((long) rowBinary.length).isEqualTo(header + 1_000_000L * (8 + 1) + strings);
    }

    @Test
    void severalQueriesRunAtOnce() throws Exception {
        // Each query sleeps 1 s inside the engine; 4 pooled connections run 4 of them side by side.
        long t0 = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            running.add(http.sendAsync(HttpRequest.newBuilder(base)
                            .POST(HttpRequest.BodyPublishers.ofString("SELECT sleep(1), " + i)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < 4; i++) {
            assertThat(running.get(i).get().body()).isEqualTo("0\t" + i + "\n");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(seconds).isLessThan(3.0); // one after another would take 4 s
    }

    @Nested
    class WithPassword {
        private static EmbeddedWarehouse guarded;
        private static URI guardedBase;

        @BeforeAll
        static void startGuarded() {
            TestWarehouse.get();
            guarded = EmbeddedWarehouse.start(TestWarehouse.config().withCredentials("monitor", "s3cret"));
            guardedBase = guarded.httpUri();
        }

        @AfterAll
        static void stopGuarded() {
            guarded.close();
        }

        private HttpResponse<String> send(String params, String... headers) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(guardedBase.resolve("/" + params))
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT currentUser() != ''"));
            if (headers.length > 0) {
                b.headers(headers);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        @Test
        void acceptsBasicAuthHeadersOrUrlCredentials() throws Exception {
            String basic = "Basic " + Base64.getEncoder().encodeToString("monitor:s3cret".getBytes(StandardCharsets.UTF_8));
            assertThat(send("", "Authorization", basic).body()).isEqualTo("1\n");
            assertThat(send("", "X-ClickHouse-User", "monitor", "X-ClickHouse-Key", "s3cret").body()).isEqualTo("1\n");
            assertThat(send("?user=monitor&password=s3cret").body()).isEqualTo("1\n");
        }

        @Test
        void refusesMissingOrWrongCredentialsWith516() throws Exception {
            for (HttpResponse<String> r : List.of(send(""), send("?user=monitor&password=wrong"),
                    send("", "X-ClickHouse-User", "default", "X-ClickHouse-Key", "s3cret"))) {
                assertThat(r.statusCode()).isEqualTo(403);
                assertThat(header(r, "X-ClickHouse-Exception-Code")).isEqualTo("516");
                assertThat(r.body()).contains("Authentication failed");
            }
            // ping stays open, as on ClickHouse
            assertThat(http.send(HttpRequest.newBuilder(guardedBase.resolve("/ping")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("Ok.\n");
        }
    }
}
