package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official ClickHouse JDBC driver (0.9.8, HTTP) against the embedded engine. */
class JdbcDriverIT {

    private static EmbeddedWarehouse warehouse;

    @BeforeAll
    static void startEngine() throws SQLException {
        warehouse = TestWarehouse.get();
        try (Connection c = DriverManager.getConnection(warehouse.jdbcUrl(), "default", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS jdbc_basic");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(warehouse.jdbcUrl(), "default", "");
    }

    @Test
    void createsInsertsAndSelectsThroughTheDriver() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE jdbc_basic.desk_load (desk String, files UInt32) ENGINE = MergeTree ORDER BY desk");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO jdbc_basic.desk_load VALUES (?, ?)")) {
                for (int i = 0; i < 1000; i++) {
                    ps.setString(1, "desk-" + (i % 10));
                    ps.setInt(2, i);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                assertThat(counts).hasSize(1000);
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT desk, count(), sum(files) FROM jdbc_basic.desk_load GROUP BY desk ORDER BY desk")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("desk-0");
                assertThat(rs.getLong(2)).isEqualTo(100);
                assertThat(rs.getLong(3)).isEqualTo(49500);
            }
        }
    }

    @Test
    void unknownTableSurfacesAsSqlExceptionWithItsCode() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM jdbc_basic.no_such_table"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(60))
                    .hasMessageContaining("no_such_table");
        }
    }
}
