package in.eofficemonitor.warehouse.bench;

import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import in.eofficemonitor.warehouse.cli.Options;
import in.eofficemonitor.warehouse.cli.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code ./eoffice-monitor bench warehouse}: how fast movement-event rows get into the warehouse through the
 * official JDBC driver (batched {@code PreparedStatement} inserts over the HTTP interface, as the stream jobs'
 * sink writes), beside the engine's own {@code INSERT … SELECT} of the same rows — the ceiling the HTTP path is
 * measured against. Prints the figures and writes them to {@code bench-results/warehouse.txt}.
 *
 * <p>Then the read side ({@link QueryBenchmark}): the named queries over a generated history of
 * {@code --query-files} files (default 1,000,000; 0 skips it).
 *
 * <p>Options: {@code --rows N} (default 2,000,000), {@code --batch N} (default 20,000), {@code --warehouse URL}
 * (default: a fresh embedded warehouse in a temporary directory, removed afterwards), {@code --out FILE}.
 */
public final class WarehouseBenchmark {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    /** The rows start here, one second apart: both paths compute the same values from the row number. */
    private static final Instant BASE = Instant.parse("2026-01-01T04:30:00Z");
    private static final String[] TYPES = {"CREATED", "FORWARDED", "FORWARDED", "RETURNED", "CLOSED"};
    private static final String[] PRIORITIES = {"NORMAL", "NORMAL", "NORMAL", "IMMEDIATE", "MOST_IMMEDIATE"};
    private static final String COLUMNS =
            "event_id, ts, type, kind, file_id, office_id, from_desk, to_desk, priority, subject, source, ingested_at";

    private WarehouseBenchmark() {}

    public static void main(String[] args) {
        in.eofficemonitor.warehouse.cli.CommandMain.main("bench warehouse", args, a -> {
            start(a);
            return 0;
        });
    }

    private static void start(String[] args) throws Exception {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "eoffice-cli-log4j2.xml");
        }
        Options options;
        try {
            options = Options.parse(Arrays.asList(args), Set.of("rows", "batch", "warehouse", "out", "query-files"), Set.of());
        } catch (UsageException e) {
            System.err.println("bench warehouse: " + e.getMessage());
            System.exit(2);
            return;
        }
        long rows = Long.parseLong(options.get("rows").orElse("2000000"));
        int batch = Integer.parseInt(options.get("batch").orElse("20000"));
        Path out = Path.of(options.get("out").orElse("bench-results/warehouse.txt"));
        Path tempDir = null;
        WarehouseConfig config;
        if (options.get("warehouse").isPresent()) {
            config = WarehouseConfig.fromUrl(options.get("warehouse").get());
        } else {
            tempDir = Files.createTempDirectory("eoffice-bench-warehouse");
            config = WarehouseConfig.embedded(tempDir);
        }
        long files = Long.parseLong(options.get("query-files").orElse("1000000"));
        try (Warehouse warehouse = Warehouse.open(config)) {
            String report = run(warehouse, rows, batch, config) + (files > 0 ? QueryBenchmark.run(warehouse, files) : "");
            System.out.print(report);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println("written to " + out);
        } finally {
            if (tempDir != null) {
                deleteTree(tempDir);
            }
        }
    }

    static String run(Warehouse warehouse, long rows, int batch, WarehouseConfig config) throws SQLException {
        warehouse.execute("DROP TABLE IF EXISTS bench_events_jdbc");
        warehouse.execute("DROP TABLE IF EXISTS bench_events_select");
        warehouse.execute("CREATE TABLE bench_events_jdbc AS movement_events");
        warehouse.execute("CREATE TABLE bench_events_select AS movement_events");
        try {
            // Warm-up: the first request pays for connection set-up and class loading.
            jdbcInsert(warehouse, "bench_events_jdbc", Math.min(rows, batch), batch);
            warehouse.execute("TRUNCATE TABLE bench_events_jdbc");

            long t0 = System.nanoTime();
            jdbcInsert(warehouse, "bench_events_jdbc", rows, batch);
            double jdbcSeconds = (System.nanoTime() - t0) / 1e9;

            long t1 = System.nanoTime();
            warehouse.execute("INSERT INTO bench_events_select (" + COLUMNS + ") " + SELECT_SAME_ROWS,
                    SqlParams.of("rows", rows).and("base", BASE));
            double selectSeconds = (System.nanoTime() - t1) / 1e9;

            long jdbcCount = count(warehouse, "bench_events_jdbc");
            long selectCount = count(warehouse, "bench_events_select");
            long differing = warehouse.querySql("bench/compare", """
                    SELECT count() AS n FROM (
                        SELECT event_id, ts, type, file_id, office_id, from_desk, to_desk, priority FROM bench_events_jdbc
                        EXCEPT
                        SELECT event_id, ts, type, file_id, office_id, from_desk, to_desk, priority FROM bench_events_select)""",
                    SqlParams.none(), r -> r.longValue("n")).getFirst();

            double jdbcRate = rows / jdbcSeconds;
            double selectRate = rows / selectSeconds;
            StringBuilder s = new StringBuilder();
            s.append("bench warehouse — movement-event rows into ClickHouse (").append(Instant.now()).append(")\n");
            s.append("warehouse: ").append(config.isEmbedded() ? "embedded (chDB behind the HTTP interface)" : config.url())
                    .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
            s.append(String.format(Locale.ROOT, "rows: %,d, JDBC batch: %,d rows%n", rows, batch));
            s.append(String.format(Locale.ROOT, "JDBC PreparedStatement batches over HTTP: %8.2f s  %,12.0f rows/s%n",
                    jdbcSeconds, jdbcRate));
            s.append(String.format(Locale.ROOT, "engine INSERT … SELECT, same rows:        %8.2f s  %,12.0f rows/s%n",
                    selectSeconds, selectRate));
            s.append(String.format(Locale.ROOT, "ratio JDBC / INSERT … SELECT: %.3f (INSERT … SELECT is %.1f× faster)%n",
                    jdbcRate / selectRate, selectRate / jdbcRate));
            s.append(String.format(Locale.ROOT, "check: %,d and %,d rows, %,d rows differ%n", jdbcCount, selectCount,
                    differing));
            return s.toString();
        } finally {
            warehouse.execute("DROP TABLE IF EXISTS bench_events_jdbc");
            warehouse.execute("DROP TABLE IF EXISTS bench_events_select");
        }
    }

    /** The SQL twin of {@link #bind}: row n of the JDBC path equals row n here. */
    private static final String SELECT_SAME_ROWS = """
            SELECT
                concat('e-', toString(number))                                                    AS event_id,
                {base:DateTime64(3, 'Asia/Kolkata')} + toIntervalSecond(number)                   AS ts,
                CAST(['CREATED', 'FORWARDED', 'FORWARDED', 'RETURNED', 'CLOSED'][number % 5 + 1]
                     AS Enum8('CREATED' = 1, 'FORWARDED' = 2, 'RETURNED' = 3, 'CLOSED' = 4, 'REOPENED' = 5)) AS type,
                if(number % 4 = 3, 'RECEIPT', 'FILE')                                             AS kind,
                concat('UP/BEN/2026/', toString(intDiv(number, 5)))                               AS file_id,
                concat('OFF-', toString(intDiv(number, 5) % 500))                                 AS office_id,
                if(number % 5 = 0, '', concat('D-', toString(number % 2000)))                     AS from_desk,
                if(number % 5 = 4, '', concat('D-', toString((number + 1) % 2000)))               AS to_desk,
                ['NORMAL', 'NORMAL', 'NORMAL', 'IMMEDIATE', 'MOST_IMMEDIATE'][intDiv(number, 5) % 5 + 1] AS priority,
                concat('Benchmark subject ', toString(intDiv(number, 5)))                         AS subject,
                'bench'                                                                           AS source,
                {base:DateTime64(3, 'Asia/Kolkata')} + toIntervalSecond(number)                   AS ingested_at
            FROM numbers({rows:UInt64})""";

    private static void jdbcInsert(Warehouse warehouse, String table, long rows, int batch) throws SQLException {
        try (Connection connection = warehouse.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (long n = 0; n < rows; n++) {
                bind(statement, n);
                statement.addBatch();
                if (++pending == batch) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) { // an empty batch would make the engine answer "No data to insert"
                statement.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement s, long n) throws SQLException {
        ZonedDateTime ts = BASE.plusSeconds(n).atZone(IST);
        long file = n / 5;
        s.setString(1, "e-" + n);
        s.setObject(2, ts);
        s.setString(3, TYPES[(int) (n % 5)]);
        s.setString(4, n % 4 == 3 ? "RECEIPT" : "FILE");
        s.setString(5, "UP/BEN/2026/" + file);
        s.setString(6, "OFF-" + (file % 500));
        s.setString(7, n % 5 == 0 ? "" : "D-" + (n % 2000));
        s.setString(8, n % 5 == 4 ? "" : "D-" + ((n + 1) % 2000));
        s.setString(9, PRIORITIES[(int) (file % 5)]);
        s.setString(10, "Benchmark subject " + file);
        s.setString(11, "bench");
        s.setObject(12, ts);
    }

    private static long count(Warehouse warehouse, String table) {
        return warehouse.querySql("bench/count", "SELECT count() AS n FROM " + table, SqlParams.none(),
                r -> r.longValue("n")).getFirst();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
