package in.eofficemonitor.warehouse.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseTesting;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Levels of a file closed twice in the period: each close counts the distinct desks of the stays that began
 * before it, so a reopening and more moves raise the second close's levels only; two closes in one millisecond are
 * one close.
 *
 * <pre>
 *   03-11 10:00 CREATED   at A        05-11 10:00 FORWARDED A → B     06-11 10:00 CLOSED at B   (levels A, B = 2)
 *   09-11 10:00 REOPENED  to C        10-11 10:00 FORWARDED C → D     12-11 10:00 CLOSED at D  (levels A–D = 4)
 * </pre>
 */
class ReopenedFileLevelsIT {

    @Test
    void eachCloseCountsTheDesksBeforeIt() {
        try (Warehouse w = WarehouseTesting.open("it_kpis_reopened")) {
            WarehouseTesting.truncateAll(w);
            w.execute("""
                    INSERT INTO movement_events (event_id, ts, type, kind, file_id, office_id, from_desk, to_desk,
                                                 priority, subject, source, ingested_at) VALUES
                    ('e1', '2026-11-03 10:00:00', 'CREATED',   'FILE', 'F', 'O', '',  'A', 'NORMAL', '', 't', now64()),
                    ('e2', '2026-11-05 10:00:00', 'FORWARDED', 'FILE', 'F', 'O', 'A', 'B', 'NORMAL', '', 't', now64()),
                    ('e3', '2026-11-06 10:00:00', 'CLOSED',    'FILE', 'F', 'O', 'B', '',  'NORMAL', '', 't', now64()),
                    ('e4', '2026-11-09 10:00:00', 'REOPENED',  'FILE', 'F', 'O', '',  'C', 'NORMAL', '', 't', now64()),
                    ('e5', '2026-11-10 10:00:00', 'FORWARDED', 'FILE', 'F', 'O', 'C', 'D', 'NORMAL', '', 't', now64()),
                    ('e6', '2026-11-12 10:00:00', 'CLOSED',    'FILE', 'F', 'O', 'D', '',  'NORMAL', '', 't', now64())""");
            w.execute("""
                    INSERT INTO desk_visits (file_id, kind, priority, office_id, desk_id, arrived_at, arrived_by,
                                             arrived_event_id, stuck_at, stuck_at_calendar, left_at, left_by,
                                             left_event_id, version) VALUES
                    ('F', 'FILE', 'NORMAL', 'O', 'A', '2026-11-03 10:00:00', 'CREATED', 'e1', '2026-11-12 10:00:00',
                     '2026-11-10 10:00:00', '2026-11-05 10:00:00', 'FORWARDED', 'e2', 2),
                    ('F', 'FILE', 'NORMAL', 'O', 'B', '2026-11-05 10:00:00', 'FORWARDED', 'e2', '2026-11-14 10:00:00',
                     '2026-11-12 10:00:00', '2026-11-06 10:00:00', 'CLOSED', 'e3', 2),
                    ('F', 'FILE', 'NORMAL', 'O', 'C', '2026-11-09 10:00:00', 'REOPENED', 'e4', '2026-11-18 10:00:00',
                     '2026-11-16 10:00:00', '2026-11-10 10:00:00', 'FORWARDED', 'e5', 2),
                    ('F', 'FILE', 'NORMAL', 'O', 'D', '2026-11-10 10:00:00', 'FORWARDED', 'e5', '2026-11-19 10:00:00',
                     '2026-11-17 10:00:00', '2026-11-12 10:00:00', 'CLOSED', 'e6', 2)""");
            w.execute("""
                    INSERT INTO file_positions (file_id, kind, priority, subject, created_at, created_office_id, status,
                                                office_id, desk_id, arrived_at, stuck_at, stuck_at_calendar, closed_at,
                                                levels, moves, last_event_id, last_event_ts, version) VALUES
                    ('F', 'FILE', 'NORMAL', '', '2026-11-03 10:00:00', 'O', 'CLOSED', 'O', 'D', '2026-11-10 10:00:00',
                     '2026-11-19 10:00:00', '2026-11-17 10:00:00', '2026-11-12 10:00:00', 4, 2, 'e6',
                     '2026-11-12 10:00:00', 6)""");

            assertThat(new KpiQueries(w).figures(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20),
                            KpiLevel.OFFICE, Scope.state()))
                    .extracting(KpiRow::id, KpiRow::closed, KpiRow::closedFiles, KpiRow::levelsSum,
                            KpiRow::overFourLevels)
                    .containsExactly(tuple("O", 2L, 2L, 6L, 0L));
            // Only the first close in the period: the reopened file's earlier levels.
            assertThat(new KpiQueries(w).figures(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7),
                            KpiLevel.OFFICE, Scope.state()))
                    .extracting(KpiRow::id, KpiRow::closedFiles, KpiRow::levelsSum)
                    .containsExactly(tuple("O", 1L, 2L));
        }
    }

    /**
     * Closed, reopened and closed again in one millisecond (an import whose times are whole seconds, say): one close
     * with the larger levels, as the key figures always counted it, whether file_closes holds the latest close only
     * (the sink collapsed the batch) or both (a restarted job wrote each).
     * <pre>
     *   03-11 10:00 CREATED at A   05-11 10:00 FORWARDED A → B   06-11 10:00:00.000 CLOSED at B, REOPENED to C,
     *   CLOSED at C (levels A, B, C = 3; the first close's levels A, B = 2)
     * </pre>
     */
    @Test
    void twoClosesOfAFileInOneMillisecondAreOneClose() {
        try (Warehouse w = WarehouseTesting.open("it_kpis_same_ms")) {
            WarehouseTesting.truncateAll(w);
            w.execute("""
                    INSERT INTO movement_events (event_id, ts, type, kind, file_id, office_id, from_desk, to_desk,
                                                 priority, subject, source, ingested_at) VALUES
                    ('s1', '2026-11-03 10:00:00', 'CREATED',   'FILE', 'S', 'O', '',  'A', 'NORMAL', '', 't', now64()),
                    ('s2', '2026-11-05 10:00:00', 'FORWARDED', 'FILE', 'S', 'O', 'A', 'B', 'NORMAL', '', 't', now64()),
                    ('s3', '2026-11-06 10:00:00', 'CLOSED',    'FILE', 'S', 'O', 'B', '',  'NORMAL', '', 't', now64()),
                    ('s4', '2026-11-06 10:00:00', 'REOPENED',  'FILE', 'S', 'O', '',  'C', 'NORMAL', '', 't', now64()),
                    ('s5', '2026-11-06 10:00:00', 'CLOSED',    'FILE', 'S', 'O', 'C', '',  'NORMAL', '', 't', now64())""");
            w.execute("""
                    INSERT INTO desk_visits (file_id, kind, priority, office_id, desk_id, arrived_at, arrived_by,
                                             arrived_event_id, stuck_at, stuck_at_calendar, left_at, left_by,
                                             left_event_id, version) VALUES
                    ('S', 'FILE', 'NORMAL', 'O', 'A', '2026-11-03 10:00:00', 'CREATED', 's1', '2026-11-12 10:00:00',
                     '2026-11-10 10:00:00', '2026-11-05 10:00:00', 'FORWARDED', 's2', 2),
                    ('S', 'FILE', 'NORMAL', 'O', 'B', '2026-11-05 10:00:00', 'FORWARDED', 's2', '2026-11-14 10:00:00',
                     '2026-11-12 10:00:00', '2026-11-06 10:00:00', 'CLOSED', 's3', 2),
                    ('S', 'FILE', 'NORMAL', 'O', 'C', '2026-11-06 10:00:00', 'REOPENED', 's4', '2026-11-15 10:00:00',
                     '2026-11-13 10:00:00', '2026-11-06 10:00:00', 'CLOSED', 's5', 2)""");
            // the sink's one position for the batch: the latest close's
            w.execute(position("s5", 3, 5));
            LocalDate from = LocalDate.of(2026, 11, 1);
            LocalDate to = LocalDate.of(2026, 11, 20);
            assertOneCloseWithTheLargerLevels(w, from, to);

            // a restarted job wrote the first close's position too: file_closes holds both closes
            w.execute(position("s3", 2, 3));
            assertThat(w.querySql("test/closes", "SELECT count() AS n FROM file_closes FINAL",
                    SqlParams.none(), r -> r.longValue("n"))).containsExactly(2L);
            assertOneCloseWithTheLargerLevels(w, from, to);
        }
    }

    private static void assertOneCloseWithTheLargerLevels(Warehouse w, LocalDate from, LocalDate to) {
        assertThat(new KpiQueries(w).figures(from, to, KpiLevel.OFFICE, Scope.state()))
                .extracting(KpiRow::id, KpiRow::closed, KpiRow::closedFiles, KpiRow::levelsSum)
                .containsExactly(tuple("O", 2L, 1L, 3L));
        // the key figures as they were before file_closes (the reference DerivedTablesIT compares against)
        SqlParams period = Scope.state().addTo(SqlParams.of("from", from).and("to", to).and("level", "office"));
        assertThat(w.query("reference/kpis/by_level", period,
                r -> tuple(r.string("id"), r.longValue("closed_files"), r.longValue("levels_sum"))))
                .containsExactly(tuple("O", 1L, 3L));
    }

    private static String position(String closeEvent, int levels, int version) {
        return """
                INSERT INTO file_positions (file_id, kind, priority, subject, created_at, created_office_id, status,
                                            office_id, desk_id, arrived_at, stuck_at, stuck_at_calendar, closed_at,
                                            levels, moves, last_event_id, last_event_ts, version) VALUES
                ('S', 'FILE', 'NORMAL', '', '2026-11-03 10:00:00', 'O', 'CLOSED', 'O', 'C', '2026-11-06 10:00:00',
                 '2026-11-15 10:00:00', '2026-11-13 10:00:00', '2026-11-06 10:00:00', %d, 1, '%s',
                 '2026-11-06 10:00:00', %d)""".formatted(levels, closeEvent, version);
    }
}
