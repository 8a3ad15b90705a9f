package in.eofficemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The access layer itself against the embedded engine: parameters, mapping, timings, errors, batches. */
class WarehouseIT {

    private static Warehouse warehouse;

    @BeforeAll
    static void open() {
        warehouse = WarehouseTesting.open("it_access");
        warehouse.execute("DROP TABLE IF EXISTS notes");
        warehouse.execute("CREATE TABLE notes (id UInt32, text String, at DateTime64(3, 'Asia/Kolkata'), day Date,"
                + " left_at Nullable(DateTime64(3, 'Asia/Kolkata'))) ENGINE = MergeTree ORDER BY id");
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void parameterValuesTravelOutsideTheSqlAndComeBackUnchanged() {
        String nasty = "O'Brien's desk \\ with\ttab\nand newline; DROP TABLE notes -- डेस्क";
        Instant at = Instant.parse("2026-11-20T04:45:00.123Z");

        List<String> rows = warehouse.querySql("it/echo",
                "SELECT {s:String} AS s, {t:DateTime64(3, 'Asia/Kolkata')} AS t, {d:Date} AS d",
                SqlParams.of("s", nasty).and("t", at).and("d", LocalDate.of(2026, 11, 16)),
                r -> r.string("s") + "|" + r.instant("t") + "|" + r.date("d"));

        assertThat(rows).containsExactly(nasty + "|" + at + "|2026-11-16");
    }

    @Test
    void batchesInsertEveryRowAndAnEmptyBatchSendsNothing() {
        warehouse.execute("TRUNCATE TABLE notes");
        List<Integer> ids = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            ids.add(i);
        }
        Instant at = Instant.parse("2026-11-20T06:30:00Z");

        long sent = warehouse.insertBatch("INSERT INTO notes (id, text, at, day, left_at) VALUES (?, ?, ?, ?, ?)", ids,
                10, (st, id) -> {
                    st.setInt(1, id);
                    st.setString(2, "note " + id);
                    st.setObject(3, at.plusSeconds(id));
                    st.setObject(4, LocalDate.of(2026, 11, 20));
                    st.setObject(5, id % 2 == 0 ? at : null);
                });

        assertThat(sent).isEqualTo(25);
        assertThat(warehouse.insertBatch("INSERT INTO notes (id) VALUES (?)", List.<Integer>of(), (st, id) -> { }))
                .isZero();
        assertThat(warehouse.querySql("it/notes", "SELECT count() AS n, countIf(left_at IS NULL) AS open, "
                        + "min(at) AS first FROM notes", SqlParams.none(),
                r -> r.longValue("n") + " " + r.longValue("open") + " " + r.instant("first")))
                .containsExactly("25 13 " + at.plusSeconds(1));
        assertThat(warehouse.querySql("it/null", "SELECT left_at FROM notes WHERE id = 1", SqlParams.none(),
                r -> r.isNull("left_at") ? "null" : r.instant("left_at").toString())).containsExactly("null");
    }

    @Test
    void everyNamedQueryIsTimedAndListenersHearOfFailuresToo() {
        List<String> heard = new ArrayList<>();
        warehouse.addQueryListener((name, elapsed, rows, failure) ->
                heard.add(name + ":" + rows + ":" + (failure == null ? "ok" : "failed")));

        warehouse.querySql("it/timed", "SELECT number FROM numbers(3)", SqlParams.none(), r -> r.longValue("number"));
        assertThatThrownBy(() -> warehouse.querySql("it/broken", "SELECT no_such_column", SqlParams.none(),
                r -> r.string("x")))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("it/broken")
                .hasMessageContaining("no_such_column");

        assertThat(heard).contains("it/timed:3:ok", "it/broken:0:failed");
        QueryTimings.Timing timed = warehouse.timings().snapshot().get("it/timed");
        assertThat(timed.count()).isGreaterThanOrEqualTo(1);
        assertThat(timed.max()).isGreaterThan(Duration.ZERO);
        assertThat(warehouse.timings().snapshot().get("it/broken").failures()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDataSourceIsTheSameWarehouse() throws Exception {
        try (var connection = warehouse.dataSource().getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT currentDatabase()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("it_access");
        }
    }
}
