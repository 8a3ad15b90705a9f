package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded warehouse attacked as a local process or a web page on the same host would: host files, the
 * network, commands, read-only GETs, browsers and oversized bodies. After each attack the process still answers.
 */
class BoundaryIT {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static URI base;
    private static Path outside;
    private static Path userFiles;

    @BeforeAll
    static void start() throws Exception {
        EmbeddedWarehouse w = TestWarehouse.get();
        base = w.httpUri();
        outside = Files.createTempDirectory("eoffice-boundary-outside");
        userFiles = w.dataDir().resolve("user_files");
        post("", "CREATE DATABASE IF NOT EXISTS boundary_it");
        post("", "CREATE OR REPLACE TABLE boundary_it.lines (line String) ENGINE = MergeTree ORDER BY line");
    }

    @AfterEach
    void stillServing() throws Exception {
        HttpResponse<String> ping = http.send(HttpRequest.newBuilder(base.resolve("/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ping.body()).isEqualTo("Ok.\n");
        assertThat(post("", "SELECT 1").body()).isEqualTo("1\n");
    }

    static HttpResponse<String> post(String params, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/" + params)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> postBytes(String params, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/" + params)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String params) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("/" + params)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String q(String sql) {
        return "?query=" + URLEncoder.encode(sql, StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    private static String lines() throws Exception {
        return post("", "SELECT groupArray(line) FROM boundary_it.lines").body();
    }

    @Test
    void hostFilesCannotBeReadWithTheFileFunctionInAnyDisguise() throws Exception {
        post("", "TRUNCATE TABLE boundary_it.lines");
        String passwd = "file('/etc/passwd', 'LineAsString')";
        List<String> attacks = List.of(
                "SELECT * FROM " + passwd,
                "SELECT file('/etc/passwd')",
                "/* /* */ SELECT 1 */ SELECT * FROM " + passwd,
                "WITH x AS (SELECT * FROM " + passwd + ") SELECT * FROM x",
                "SELECT * FROM (SELECT * FROM (SELECT * FROM " + passwd + "))",
                "SELECT 1 WHERE 1 IN (SELECT count() FROM " + passwd + ")",
                "INSERT INTO boundary_it.lines SELECT * FROM " + passwd,
                "SELECT 1; SELECT * FROM " + passwd,
                "SELECT 1;\nINSERT INTO boundary_it.lines SELECT * FROM " + passwd,
                "INSERT INTO boundary_it.lines VALUES ('a');\nINSERT INTO boundary_it.lines SELECT * FROM " + passwd,
                "SELECT * FROM fileCluster('default', '/etc/passwd', 'LineAsString')",
                "SELECT * FROM FILE('/etc/passwd', 'LineAsString')");
        for (String attack : attacks) {
            // After INSERT … VALUES everything is data read by the Values format, never a statement: the engine
            // may stop at the ';' and insert ('a'), but the file is not read.
            boolean dataAfterValues = attack.startsWith("INSERT INTO boundary_it.lines VALUES");
            HttpResponse<String> r = post("", attack);
            assertThat(r.body()).as(attack).doesNotContain("root:");
            assertThat(r.statusCode() != 200 || dataAfterValues).as(attack + ": " + r.body()).isTrue();
            HttpResponse<String> asParam = post(q(attack), "");
            assertThat(asParam.body()).as(attack).doesNotContain("root:");
            assertThat(asParam.statusCode() != 200 || dataAfterValues).as(attack + ": " + asParam.body()).isTrue();
            assertThat(lines()).as(attack).doesNotContain("root:");
        }
        assertThat(lines()).doesNotContain("root:");
        HttpResponse<String> plain = post("", "SELECT * FROM " + passwd);
        assertThat(plain.statusCode()).isEqualTo(403);
        assertThat(header(plain, "X-ClickHouse-Exception-Code")).isEqualTo("497");
        HttpResponse<String> asGet = get(q("SELECT * FROM " + passwd));
        assertThat(asGet.body()).doesNotContain("root:");
        assertThat(asGet.statusCode()).isEqualTo(403);
    }

    @Test
    void hostFilesCannotBeWrittenOrInsertedFrom() throws Exception {
        Path written = outside.resolve("pwned.txt");
        String target = "'" + written + "'";
        List<String> attacks = List.of(
                "INSERT INTO FUNCTION file(" + target + ", 'LineAsString') SELECT 'pwned'",
                "SELECT 'pwned' INTO OUTFILE " + target,
                "SELECT 'pwned' INTO OUTFILE " + target + " FORMAT LineAsString",
                "SHOW TABLES INTO OUTFILE " + target,
                "SELECT 'pwned' INTO OUTFILE '" + userFiles + "/../../" + outside.getFileName() + "/pwned.txt'",
                "CREATE TABLE boundary_it.f (line String) ENGINE = File(LineAsString, " + target + ")",
                "CREATE DATABASE boundary_fs ENGINE = Filesystem('/etc')");
        for (String attack : attacks) {
            HttpResponse<String> r = post("", attack);
            assertThat(r.statusCode()).as(attack).isNotEqualTo(200);
            assertThat(written).as(attack).doesNotExist();
        }
        HttpResponse<String> infile = post("",
                "INSERT INTO boundary_it.lines FROM INFILE '/etc/passwd' FORMAT LineAsString");
        assertThat(infile.statusCode()).isEqualTo(403);
        assertThat(lines()).doesNotContain("root:");
    }

    @Test
    void userFilesAreWhereFilesMayBeWrittenAndRead() throws Exception {
        post("", "TRUNCATE TABLE boundary_it.lines");
        Path file = userFiles.resolve("boundary-" + System.nanoTime() + ".tsv");
        HttpResponse<String> out = post("", "SELECT 'मेरठ मंडल' INTO OUTFILE '" + file + "' FORMAT LineAsString");
        assertThat(out.statusCode()).as(out.body()).isEqualTo(200);
        assertThat(Files.readString(file)).isEqualTo("मेरठ मंडल\n");
        HttpResponse<String> in = post("", "INSERT INTO boundary_it.lines FROM INFILE '" + file
                + "' FORMAT LineAsString");
        assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
        assertThat(post("", "SELECT line FROM boundary_it.lines").body()).isEqualTo("मेरठ मंडल\n");
    }

    @Test
    void theNetworkAndOtherServersAreOutOfReach() throws Exception {
        String self = "http://127.0.0.1:" + base.getPort() + "/?query=SELECT+concat(%27re%27,%27ached%27)";
        List<String> attacks = List.of(
                "SELECT * FROM url('" + self + "', 'LineAsString')",
                "SELECT * FROM remote('127.0.0.1:9000', system.one)",
                "SELECT * FROM s3('http://127.0.0.1:" + base.getPort() + "/x.csv', 'CSV', 'a String')",
                "SELECT * FROM mysql('127.0.0.1:3306', 'db', 't', 'u', 'p')",
                "SELECT * FROM postgresql('127.0.0.1:5432', 'db', 't', 'u', 'p')",
                "SELECT * FROM hdfs('hdfs://127.0.0.1:9000/x', 'TSV', 'a String')",
                "CREATE TABLE boundary_it.u (line String) ENGINE = URL('" + self + "', LineAsString)");
        for (String attack : attacks) {
            HttpResponse<String> r = post("", attack);
            assertThat(r.body()).as(attack).doesNotContain("reached");
            assertThat(r.statusCode()).as(attack).isEqualTo(403);
        }
    }

    @Test
    void dictionariesCannotRunCommandsOrReachOut() throws Exception {
        Path ran = outside.resolve("command-ran");
        HttpResponse<String> create = post("", "CREATE DICTIONARY boundary_it.cmd (line String) PRIMARY KEY line"
                + " SOURCE(EXECUTABLE(command 'touch " + ran + "; echo x' format 'LineAsString'))"
                + " LAYOUT(HASHED()) LIFETIME(0)");
        post("", "SELECT * FROM boundary_it.cmd");
        assertThat(ran).doesNotExist();
        assertThat(create.statusCode()).isEqualTo(403);
        HttpResponse<String> web = post("", "CREATE DICTIONARY boundary_it.web (line String) PRIMARY KEY line"
                + " SOURCE(HTTP(url 'http://127.0.0.1:" + base.getPort() + "/' format 'LineAsString'))"
                + " LAYOUT(HASHED()) LIFETIME(0)");
        assertThat(web.statusCode()).isEqualTo(403);
        post("", "DROP DICTIONARY IF EXISTS boundary_it.cmd");
        post("", "DROP DICTIONARY IF EXISTS boundary_it.web");
    }

    @Test
    void statementsAreRunAsTheClickHouseSqlTheyWereCheckedAs() throws Exception {
        // The check reads ClickHouse SQL; another dialect (kusto, prql) would read the text as something else.
        HttpResponse<String> url = post("?dialect=kusto", "SELECT 1");
        assertThat(header(url, "X-ClickHouse-Exception-Code")).isEqualTo("452");
        HttpResponse<String> set = post("?session_id=boundary-dialect", "SET dialect = 'prql'");
        assertThat(header(set, "X-ClickHouse-Exception-Code")).isEqualTo("452");
        assertThat(post("?session_id=boundary-dialect", "SELECT 1").body()).isEqualTo("1\n");
    }

    @Test
    void theProcessCannotBeShutDownOrItsGrantsReloaded() throws Exception {
        // Not tried against the former code: there SYSTEM SHUTDOWN sends SIGTERM to the whole process group.
        for (String attack : List.of("SYSTEM SHUTDOWN", "SYSTEM KILL", "SYSTEM RELOAD CONFIG", "SYSTEM RELOAD USERS")) {
            HttpResponse<String> r = post("", attack);
            assertThat(r.statusCode()).as(attack + ": " + r.body()).isNotEqualTo(200);
        }
        assertThat(header(post("", "SYSTEM SHUTDOWN"), "X-ClickHouse-Exception-Code")).isEqualTo("497");
        assertThat(post("", "SYSTEM FLUSH LOGS").statusCode()).isEqualTo(200);
    }

    @Test
    void aGetStaysReadOnlyInASessionWhateverItsCommentsSay() throws Exception {
        post("", "CREATE OR REPLACE TABLE boundary_it.keep (n UInt8) ENGINE = MergeTree ORDER BY n");
        List<String> attacks = List.of(
                "/* /* */ SELECT */ DROP TABLE boundary_it.keep",
                "SELECT 1; DROP TABLE boundary_it.keep",
                "(SELECT 1) DROP TABLE boundary_it.keep",
                "-- SELECT\nDROP TABLE boundary_it.keep");
        for (String attack : attacks) {
            HttpResponse<String> r = get(q(attack) + "&session_id=boundary-ro");
            assertThat(r.statusCode()).as(attack).isNotEqualTo(200);
            assertThat(post("", "EXISTS TABLE boundary_it.keep").body()).as(attack).isEqualTo("1\n");
        }
        HttpResponse<String> readonly = get(q("DROP TABLE boundary_it.keep") + "&session_id=boundary-ro");
        assertThat(header(readonly, "X-ClickHouse-Exception-Code")).isEqualTo("164");
        assertThat(get(q("SELECT count() FROM boundary_it.keep") + "&session_id=boundary-ro").body()).isEqualTo("0\n");
        assertThat(post("?readonly=1", "DROP TABLE boundary_it.keep").statusCode()).isNotEqualTo(200);
        assertThat(post("", "EXISTS TABLE boundary_it.keep").body()).isEqualTo("1\n");
    }

    @Test
    void webPagesAreRefusedAndPreflightsGrantNothing() throws Exception {
        post("", "CREATE OR REPLACE TABLE boundary_it.page (n UInt8) ENGINE = MergeTree ORDER BY n");
        HttpResponse<String> page = post("", "DROP TABLE boundary_it.page", "Origin", "http://some.other.site");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(post("", "EXISTS TABLE boundary_it.page").body()).isEqualTo("1\n");
        assertThat(post("", "SELECT 1", "Origin", "null").statusCode()).isEqualTo(403);
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(base.resolve("/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://some.other.site")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isLessThan(300);
        assertThat(preflight.headers().map().keySet())
                .noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-allow"));
    }

    @Test
    void aHugeDeclaredBodyIsRefusedBeforeAnythingIsAllocated() throws Exception {
        try (Socket s = new Socket("127.0.0.1", base.getPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000000\r\n\r\nSELECT 1")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(response).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void aCompressionBombIsRefusedWhileItInflates() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 400; i++) {
                gz.write(zeros); // 400 MiB of zeros, sent as ≈ 400 KiB
            }
        }
        HttpResponse<String> r = postBytes("", bomb.toByteArray(), "Content-Encoding", "gzip");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("QUERY_IS_TOO_LARGE");
    }

    @Test
    void aCompressedBlockDeclaringAGigabyteIsRefusedBeforeItsChecksum() throws Exception {
        ByteBuffer block = ByteBuffer.allocate(16 + 9 + 16).order(ByteOrder.LITTLE_ENDIAN);
        block.position(16);
        block.put(CompressedBlocks.METHOD_LZ4).putInt(1 << 30).putInt(1 << 30);
        HttpResponse<String> r = postBytes(q("INSERT INTO boundary_it.lines FORMAT LineAsString") + "&decompress=1",
                block.array());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("TOO_LARGE_SIZE_COMPRESSED");
    }
}
