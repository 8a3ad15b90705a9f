package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real ClickHouse clients besides the JDBC driver, with compression on: curl, and the official Node client
 * {@code @clickhouse/client} from the npm registry (installed once into target/, run with the Node the launcher
 * fetches for the dashboard's build). Each inserts every column type the product uses, Devanagari included,
 * and reads it back.
 */
class ClientCompatibilityIT {

    /** Pinned, as every dependency of the build. */
    private static final String NODE_CLIENT = "@clickhouse/client@1.23.1";
    private static final String TABLE_COLUMNS = "id UInt32, level Int16, total Int64, big UInt64, ratio Float64,"
            + " subject String, office LowCardinality(String), kind Enum8('FILE' = 1, 'RECEIPT' = 2), event_uuid UUID,"
            + " ts DateTime64(3, 'Asia/Kolkata'), day Date, note Nullable(String), dwell Nullable(Int32),"
            + " desks Array(String)";

    private static URI base;

    @BeforeAll
    static void start() {
        base = TestWarehouse.get().httpUri();
    }

    @Test
    void curlInsertsGzippedRowsAndReadsThemBackCompressed() throws Exception {
        String tsv = String.join("\n",
                "1\t-3\t-9000000000\t18000000000000000000\t0.25\tभूमि आवंटन — प्रकरण\tराजस्व विभाग\tFILE\t"
                        + "0f8fad5b-d9cb-469f-a165-70867728950e\t2026-07-19 18:30:00.123\t2026-07-19\tटिप्पणी\t12\t"
                        + "['अनुभाग अधिकारी','उप सचिव']",
                "2\t7\t42\t0\t-1.5\tO\\'Brien \\\\ tab\\there\tराजस्व विभाग\tRECEIPT\t"
                        + "7c9e6679-7425-40de-944b-e07fc1f90ae7\t2026-01-01 00:00:00.000\t2026-01-01\t\\N\t\\N\t[]",
                "3\t0\t0\t1\t1000000\tline\\nbreak\tगृह विभाग\tFILE\t00000000-0000-0000-0000-000000000000\t"
                        + "2025-12-31 23:59:59.999\t2025-12-31\t\t-5\t['एक']") + "\n";
        curl("--data-binary", "CREATE DATABASE IF NOT EXISTS curl_it", base.toString());
        curl("--data-binary", "CREATE OR REPLACE TABLE curl_it.all_types (" + TABLE_COLUMNS
                + ") ENGINE = MergeTree ORDER BY id", base.toString());
        Path gz = Files.createTempFile("curl-it", ".tsv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(tsv.getBytes(StandardCharsets.UTF_8));
        }
        curl("-H", "Content-Encoding: gzip", "--data-binary", "@" + gz,
                base + "?query=INSERT%20INTO%20curl_it.all_types%20FORMAT%20TSV");
        String back = curl("--compressed", "-H", "Accept-Encoding: gzip",
                base + "?enable_http_compression=1&query=SELECT%20*%20FROM%20curl_it.all_types%20ORDER%20BY%20id");
        assertThat(back).isEqualTo(tsv);
        Files.delete(gz);
    }

    @Test
    void bodiesCompressedAsLz4FramesWithLinkedBlocksOrZstdAreRead() throws Exception {
        // Lines that repeat across 64 KiB blocks, so linked blocks really copy from the block before.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            sb.append("पंक्ति ").append(i % 977).append(" — राजस्व विभाग\n");
        }
        String lines = sb.toString();
        Path plain = Files.createTempFile("compat-it", ".txt");
        Files.writeString(plain, lines);
        curl("--data-binary", "CREATE DATABASE IF NOT EXISTS compat_it", base.toString());
        for (List<String> compressor : List.of(List.of("lz4", "-BD", "-B4", "--content-size"),
                List.of("lz4", "-BI", "-B5", "--no-frame-crc"), List.of("lz4", "-BD", "-B6", "-BX"),
                List.of("zstd", "-3"))) {
            Path packed = Files.createTempFile("compat-it", ".packed");
            List<String> command = new ArrayList<>(compressor);
            command.addAll(List.of("-q", "-f", "-c", plain.toString()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(packed.toFile());
            assertThat(pb.start().waitFor()).as("%s", command).isZero();
            String encoding = compressor.getFirst();
            curl("--data-binary", "CREATE OR REPLACE TABLE compat_it.lines (line String) ENGINE = Memory",
                    base.toString());
            curl("-H", "Content-Encoding: " + encoding, "--data-binary", "@" + packed,
                    base + "?query=INSERT%20INTO%20compat_it.lines%20FORMAT%20LineAsString");
            String check = curl("--data-binary", "SELECT count(), sum(lengthUTF8(line)), max(line) FROM compat_it.lines",
                    base.toString());
            assertThat(check).as("%s", compressor)
                    .isEqualTo("60000\t" + lines.lines().mapToInt(String::length).sum() + "\tपंक्ति 99 — राजस्व विभाग\n");
            Files.delete(packed);
        }
        Files.delete(plain);
    }

    @Test
    void curlSendsABrotliBody() throws Exception {
        String tsv = "1\tभूमि आवंटन\n2\tराजस्व विभाग\n".repeat(5_000);
        Path br = Files.createTempFile("compat-it", ".tsv.br");
        Files.write(br, Brotli.compress(tsv.getBytes(StandardCharsets.UTF_8)));
        curl("--data-binary", "CREATE DATABASE IF NOT EXISTS compat_it", base.toString());
        curl("--data-binary", "CREATE OR REPLACE TABLE compat_it.br (id UInt8, office String) ENGINE = Memory",
                base.toString());
        curl("-H", "Content-Encoding: br", "--data-binary", "@" + br,
                base + "?query=INSERT%20INTO%20compat_it.br%20FORMAT%20TSV");
        assertThat(curl("--data-binary", "SELECT count(), sum(id), max(office) FROM compat_it.br", base.toString()))
                .isEqualTo("10000\t15000\tराजस्व विभाग\n");
        Files.delete(br);
    }

    @Test
    void queriesAndLongParametersComeAsMultipartFormData() throws Exception {
        String longText = "दस्तावेज़ ".repeat(20_000); // ≈ 200 KB: too long for a URL
        Path value = Files.createTempFile("compat-it", ".txt");
        Files.writeString(value, longText);
        String back = curl("-F", "query=SELECT length({text:String}), {n:UInt8} + 1, {office:String}",
                "-F", "param_text=<" + value, "-F", "param_n=41", "-F", "param_office=राजस्व विभाग",
                base.toString());
        assertThat(back).isEqualTo(longText.getBytes(StandardCharsets.UTF_8).length + "\t42\tराजस्व विभाग\n");
        Files.delete(value);
    }

    @Test
    void externalDataIsATemporaryTableForOneQuery() throws Exception {
        // As ClickHouse's documentation shows it: the file as a form part, its structure in the URL.
        Path passwd = Files.createTempFile("compat-it", ".tsv");
        Files.writeString(passwd, "root\tx\t0\t0\troot\t/root\t/bin/bash\n"
                + "daemon\tx\t1\t1\tdaemon\t/usr/sbin\t/usr/sbin/nologin\n"
                + "अधिकारी\tx\t1000\t1000\tराजस्व\t/home/a\t/bin/bash\n");
        String byShell = curl("-F", "passwd=@" + passwd, base + "?query=SELECT+shell,+count()+AS+c+FROM+passwd"
                + "+GROUP+BY+shell+ORDER+BY+c+DESC&passwd_structure=login+String,+unused+String,+uid+UInt16,"
                + "+gid+UInt16,+comment+String,+home+String,+shell+String");
        assertThat(byShell).isEqualTo("/bin/bash\t2\n/usr/sbin/nologin\t1\n");
        // Two tables, one by types (columns _1, _2, …) in CSV, joined with a stored table; fields in the form.
        Path ids = Files.createTempFile("compat-it", ".csv");
        Files.writeString(ids, "1,\"राजस्व, विभाग\"\n3,गृह\n");
        String joined = curl("-F", "query=SELECT o._2, p._5 FROM offices AS o JOIN passwd AS p ON o._1 = p._3"
                        + " ORDER BY o._1", "-F", "offices_types=UInt16, String", "-F", "offices_format=CSV",
                "-F", "offices=@" + ids, "-F", "passwd_types=String,String,UInt16,UInt16,String,String,String",
                "-F", "passwd=@" + passwd, base.toString());
        assertThat(joined).isEqualTo("राजस्व, विभाग\tdaemon\n");
        // The tables lived for that query only: the next one does not see them.
        String gone = run(List.of("curl", "-sS", "--max-time", "60", "--data-binary", "SELECT count() FROM passwd",
                base.toString()), null, 90);
        assertThat(gone).contains("UNKNOWN_TABLE");
        // A file part without a structure is refused, as ClickHouse does.
        String noStructure = run(List.of("curl", "-sS", "--max-time", "60", "-F", "query=SELECT count() FROM t",
                "-F", "t=@" + passwd, base.toString()), null, 90);
        assertThat(noStructure).contains("BAD_ARGUMENTS");
        // A column default would be an expression the engine evaluates out of the statement guard's sight.
        String withDefault = run(List.of("curl", "-sS", "--max-time", "60", "-F", "query=SELECT * FROM t",
                "-F", "t_structure=a String, b String DEFAULT (SELECT version())", "-F", "t=@" + passwd,
                base.toString()), null, 90);
        assertThat(withDefault).contains("BAD_ARGUMENTS").contains("DEFAULT");
        Files.delete(passwd);
        Files.delete(ids);
    }

    @Test
    void aQueryIdNamesOneRunningQuery() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        var slow = http.sendAsync(java.net.http.HttpRequest.newBuilder(base.resolve("/?query_id=compat-once"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("SELECT sleep(3)")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        // Until the slow one has arrived, the same id is free; once it has, it is taken until it ends.
        java.util.Optional<String> code = java.util.Optional.empty();
        for (int i = 0; i < 25 && code.isEmpty() && !slow.isDone(); i++) {
            Thread.sleep(100);
            code = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/"))
                    .header("X-ClickHouse-Query-Id", "compat-once")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("SELECT 1")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).headers()
                    .firstValue("X-ClickHouse-Exception-Code");
        }
        assertThat(code).contains("216");
        assertThat(slow.get().headers().firstValue("X-ClickHouse-Query-Id")).contains("compat-once");
        var after = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/?query_id=compat-once"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("SELECT 1")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(after.body()).isEqualTo("1\n");
        assertThat(after.headers().firstValue("X-ClickHouse-Query-Id")).contains("compat-once");
    }

    @Test
    void theOfficialNodeClientInsertsAndReadsBackWithCompression() throws Exception {
        Path node = node();
        Path prefix = Path.of("target", "node-client").toAbsolutePath();
        if (!Files.isDirectory(prefix.resolve("node_modules/@clickhouse/client"))) {
            Files.createDirectories(prefix);
            run(List.of(node.resolveSibling("npm").toString(), "install", "--no-audit", "--no-fund", "--prefix",
                    prefix.toString(), NODE_CLIENT), node.getParent(), 300);
        }
        Path script = prefix.resolve("node-client-round-trip.mjs");
        try (InputStream in = getClass().getResourceAsStream("node-client-round-trip.mjs")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String out = run(List.of(node.toString(), script.toString(), base.toString(), "node_it"), node.getParent(), 120);
        assertThat(out.strip()).isEqualTo("OK 3 node-client-round-trip");
        String check = curl("--data-binary", "SELECT count(), anyIf(subject, id = 1) FROM node_it.all_types",
                base.toString());
        assertThat(check).isEqualTo("3\tभूमि आवंटन — प्रकरण\n");
    }

    private static String curl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--fail-with-body", "--max-time", "60"));
        command.addAll(List.of(args));
        return run(command, null, 90);
    }

    private static String run(List<String> command, Path path, int seconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (path != null) {
            pb.environment().put("PATH", path + java.io.File.pathSeparator + System.getenv("PATH"));
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as("%s finished", command.getFirst()).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("%s: %s", command, text).isZero();
        return text;
    }

    /** EOFFICE_NODE, else the newest Node the launcher fetched into ~/.cache/eoffice-monitor/node/. */
    private static Path node() throws IOException {
        String env = System.getenv("EOFFICE_NODE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "eoffice-monitor", "node");
        try (Stream<Path> versions = Files.list(cache)) {
            return versions.map(v -> v.resolve("bin").resolve("node")).filter(Files::isExecutable)
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("no Node under " + cache + "; set EOFFICE_NODE"));
        }
    }
}
