package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official ClickHouse JDBC driver (0.9.8, HTTP) against the embedded engine, as the modules use it. */
class JdbcDriverIT {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS jdbc_it");
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestWarehouse.get().jdbcUrl(), "default", "");
    }

    @Test
    void batchedInsertsAndGroupByGoThroughTheDriver() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE jdbc_it.desk_load (desk String, files UInt32)"
                    + " ENGINE = MergeTree ORDER BY desk");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO jdbc_it.desk_load VALUES (?, ?)")) {
                for (int i = 0; i < 1000; i++) {
                    ps.setString(1, "desk-" + (i % 10));
                    ps.setInt(2, i);
                    ps.addBatch();
                }
                assertThat(ps.executeBatch()).hasSize(1000);
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT desk, count(), sum(files) FROM jdbc_it.desk_load GROUP BY desk ORDER BY desk")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("desk-0");
                assertThat(rs.getLong(2)).isEqualTo(100);
                assertThat(rs.getLong(3)).isEqualTo(49500);
            }
        }
    }

    @Test
    void insertReportsItsRowCountAsUpdateCount() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE jdbc_it.counted (n UInt64) ENGINE = MergeTree ORDER BY n");
            assertThat(s.executeUpdate("INSERT INTO jdbc_it.counted SELECT number FROM numbers(1234)"))
                    .isEqualTo(1234);
        }
    }

    @Test
    void everyColumnTypeWeUseRoundTrips() throws Exception {
        ZonedDateTime forwarded = ZonedDateTime.of(2026, 11, 20, 10, 15, 0, 123_000_000, KOLKATA);
        UUID eventUuid = UUID.fromString("5f0c7a5e-2b1d-4c8e-9a3f-0d7e6b1c2a94");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE OR REPLACE TABLE jdbc_it.all_types (
                        id UInt32, level Int16, total Int64, big UInt64, ratio Float64,
                        subject String, office LowCardinality(String),
                        kind Enum8('FILE' = 1, 'RECEIPT' = 2), event_uuid UUID,
                        ts DateTime64(3, 'Asia/Kolkata'), day Date,
                        note Nullable(String), dwell Nullable(Int32), desks Array(String)
                    ) ENGINE = MergeTree ORDER BY id""");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO jdbc_it.all_types VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setInt(1, 1);
                ps.setShort(2, (short) -7);
                ps.setLong(3, -9_000_000_000L);
                ps.setLong(4, 18_000_000_000L);
                ps.setDouble(5, 0.875);
                ps.setString(6, "राजस्व विभाग — भूमि अभिलेख");
                ps.setString(7, "KNJ-COLL");
                ps.setString(8, "RECEIPT");
                ps.setObject(9, eventUuid);
                ps.setObject(10, forwarded);
                ps.setObject(11, LocalDate.of(2026, 11, 20));
                ps.setNull(12, Types.VARCHAR);
                ps.setInt(13, 42);
                ps.setArray(14, c.createArrayOf("String", new Object[] {"KNJ-COLL-AG3-01", "KNJ-COLL-OS-01"}));
                ps.addBatch();
                ps.setInt(1, 2);
                ps.setShort(2, (short) 3);
                ps.setLong(3, 5);
                ps.setLong(4, 6);
                ps.setDouble(5, -1.5);
                ps.setString(6, "plain");
                ps.setString(7, "LKO-SECT");
                ps.setString(8, "FILE");
                ps.setObject(9, UUID.randomUUID());
                ps.setObject(10, forwarded.plusDays(1));
                ps.setObject(11, LocalDate.of(2026, 11, 21));
                ps.setString(12, "नोट");
                ps.setNull(13, Types.INTEGER);
                ps.setArray(14, c.createArrayOf("String", new Object[0]));
                ps.addBatch();
                ps.executeBatch();
            }
            try (ResultSet rs = s.executeQuery("SELECT *, toString(ts) AS ts_text FROM jdbc_it.all_types ORDER BY id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt("id")).isEqualTo(1);
                assertThat(rs.getShort("level")).isEqualTo((short) -7);
                assertThat(rs.getLong("total")).isEqualTo(-9_000_000_000L);
                assertThat(rs.getLong("big")).isEqualTo(18_000_000_000L);
                assertThat(rs.getDouble("ratio")).isEqualTo(0.875);
                assertThat(rs.getString("subject")).isEqualTo("राजस्व विभाग — भूमि अभिलेख");
                assertThat(rs.getString("office")).isEqualTo("KNJ-COLL");
                assertThat(rs.getString("kind")).isEqualTo("RECEIPT");
                assertThat(rs.getObject("event_uuid", UUID.class)).isEqualTo(eventUuid);
                assertThat(rs.getObject("ts", ZonedDateTime.class).toInstant()).isEqualTo(forwarded.toInstant());
                assertThat(rs.getString("ts_text")).isEqualTo("2026-11-20 10:15:00.123");
                assertThat(rs.getObject("day", LocalDate.class)).isEqualTo(LocalDate.of(2026, 11, 20));
                assertThat(rs.getString("note")).isNull();
                assertThat(rs.wasNull()).isTrue();
                assertThat(rs.getInt("dwell")).isEqualTo(42);
                Array desks = rs.getArray("desks");
                assertThat((Object[]) desks.getArray()).containsExactly("KNJ-COLL-AG3-01", "KNJ-COLL-OS-01");

                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("kind")).isEqualTo("FILE");
                assertThat(rs.getString("note")).isEqualTo("नोट");
                assertThat(rs.getObject("dwell")).isNull();
                assertThat((Object[]) rs.getArray("desks").getArray()).isEmpty();
                assertThat(rs.next()).isFalse();
            }
        }
    }

    /** Far more than one engine chunk and than the 1 MiB held in memory (the driver waits for the end). */
    @Test
    void largeResultArrivesWhole() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT number, toString(number) FROM numbers(2000000)")) {
            long rows = 0;
            long sum = 0;
            while (rs.next()) {
                rows++;
                sum += rs.getLong(1);
                if (rs.getLong(1) != Long.parseLong(rs.getString(2))) {
                    throw new AssertionError("row " + rows + " garbled");
                }
            }
            assertThat(rows).isEqualTo(2_000_000);
            assertThat(sum).isEqualTo(2_000_000L * 1_999_999L / 2);
        }
    }

    /**
     * The driver's defaults (compress=1: ClickHouse's LZ4 blocks back) and its other codings
     * (decompress: compressed request bodies; lz4 HTTP compression) also work.
     */
    @Test
    void driverCompressionModesWork() throws Exception {
        String plain = TestWarehouse.get().jdbcUrl().replace("?compress=false", "");
        for (String url : List.of(plain, plain + "?decompress=true",
                plain + "?compress=false&client.use_http_compression=true")) {
            try (Connection c = DriverManager.getConnection(url, "default", ""); Statement s = c.createStatement()) {
                s.execute("CREATE OR REPLACE TABLE jdbc_it.compressed (n UInt32, desk String)"
                        + " ENGINE = MergeTree ORDER BY n");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO jdbc_it.compressed VALUES (?, ?)")) {
                    for (int i = 0; i < 2000; i++) {
                        ps.setInt(1, i);
                        ps.setString(2, "डेस्क-" + i);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (ResultSet rs = s.executeQuery("SELECT n, desk FROM jdbc_it.compressed ORDER BY n")) {
                    int n = 0;
                    while (rs.next()) {
                        assertThat(rs.getString(2)).as(url).isEqualTo("डेस्क-" + n++);
                    }
                    assertThat(n).as(url).isEqualTo(2000);
                }
            }
        }
    }

    @Test
    void emptyResultStillCarriesItsColumns() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT number AS n, toString(number) AS s FROM numbers(10) WHERE n > 100")) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(2);
            assertThat(rs.getMetaData().getColumnName(2)).isEqualTo("s");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void unknownTableSurfacesAsSqlExceptionWithItsCode() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM jdbc_it.no_such_table"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("no_such_table")
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(60));
        }
    }

    @Test
    void eightThreadsQueryAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    List<Long> sums = new ArrayList<>();
                    try (Connection c = connect(); Statement s = c.createStatement()) {
                        for (int q = 0; q < 10; q++) {
                            int n = 100_000 + thread * 1000 + q;
                            try (ResultSet rs = s.executeQuery("SELECT sum(number) FROM numbers(" + n + ")")) {
                                rs.next();
                                sums.add(rs.getLong(1));
                            }
                        }
                    }
                    return sums;
                }));
            }
            for (int t = 0; t < 8; t++) {
                List<Long> sums = results.get(t).get();
                for (int q = 0; q < 10; q++) {
                    long n = 100_000 + t * 1000 + q;
                    assertThat(sums.get(q)).isEqualTo(n * (n - 1) / 2);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void dataSurvivesARestartOfTheEngine() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE jdbc_it.kept (file_id String) ENGINE = MergeTree ORDER BY file_id");
            s.execute("INSERT INTO jdbc_it.kept VALUES ('UP/REV/2026/00123'), ('UP/REV/2026/00124')");
        }
        // Closes every engine connection (the engine shuts down) and boots it again on the same directory.
        TestWarehouse.restart();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT groupArray(file_id) FROM (SELECT file_id FROM jdbc_it.kept ORDER BY file_id)")) {
            rs.next();
            assertThat((Object[]) rs.getArray(1).getArray()).containsExactly("UP/REV/2026/00123", "UP/REV/2026/00124");
        }
    }
}
