package in.eofficemonitor.warehouse.movement;

import static in.eofficemonitor.warehouse.fixtures.EdgeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.warehouse.Row;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseTesting;
import in.eofficemonitor.warehouse.fixtures.EdgeFixtures;
import in.eofficemonitor.warehouse.pendency.DeskFlow;
import in.eofficemonitor.warehouse.pendency.DeskPendency;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyQueries;
import in.eofficemonitor.warehouse.stuck.StuckCount;
import in.eofficemonitor.warehouse.stuck.StuckQueries;
import in.eofficemonitor.warehouse.stuck.StuckShare;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The stays at a time T read from open_stays and ended_stays (V083), and the creations and closes from
 * creations_and_closes (V084), answer row for row what the queries did before them over desk_visits and
 * movement_events (kept under sql/reference/): at every instant an event happened, one millisecond before it, at the
 * midnight starting its day and after the last event; for the trend over series of days; after a replay of every row;
 * and after a late item for past days.
 */
class StaysAtIT {

    private static final List<Scope> SCOPES = List.of(Scope.state(), Scope.district(LUCKNOW), Scope.office(KNP_COLL));
    private static final String[] PENDENCY = {"id", "registered", "office_id", "name", "files", "receipts", "age_0_7",
        "age_8_15", "age_16_30", "age_31_90", "age_91_180", "age_over_180"};
    private static final String[] FLOW = {"office_id", "desk_id", "oldest_arrived_at", "median_dwell_ms",
        "files_cleared", "receipts_cleared"};
    private static final String[] STUCK = {"file_id", "kind", "priority", "office_id", "desk_id", "arrived_at",
        "stuck_since", "dwell_days", "total"};
    private static final String[] TOP = {"id", "registered", "name", "stuck", "files", "receipts"};
    private static final String[] COUNTERS = {"open_files", "open_receipts", "stuck_now"};
    private static final String[] ROLLOUT = {"category", "offices", "live", "in_progress", "active", "files_created"};
    private static final String[] WEEKS = {"week", "files", "receipts"};
    private static final String[] TREND = {"day", "files", "receipts"};

    @Test
    void theStaysAtAnyTimeAreThoseOfTheWholeHistoryWhateverWasReplayed() {
        try (Warehouse w = WarehouseTesting.open("it_stays_at")) {
            WarehouseTesting.truncateAll(w);
            EdgeFixtures.write(w);
            List<Instant> instants = instants(w);
            List<String> once = assertSameAsReference(w, instants);
            // Not empty answers: at midnight starting 13-01 M1 is at the Kanpur OS, M2 has just left it for AG3, L1 has
            // been stuck at AG3 for months; nothing pending anywhere before the first event.
            assertThat(once).anyMatch(l -> l.startsWith("pendency/as_of STATE 2026-01-12T18:30:00Z desk ")
                    && l.contains("id=" + KNP_OS + " ") && l.contains("files=1 receipts=0"));
            assertThat(once).anyMatch(l -> l.startsWith("stuck/as_of STATE 2026-01-12T18:30:00Z 0 ")
                    && l.contains("file_id=L1 "));
            assertThat(once).anyMatch(l -> l.startsWith("pendency/trend STATE 2026-01-01..2026-01-31/1 ")
                    && l.contains("day=2026-01-13 files="));
            assertThat(once).contains("pendency/as_of STATE 2025-05-31T18:30:00Z desk (none)");

            List<Instant> some = new ArrayList<>();
            for (int i = 0; i < instants.size(); i += 4) {
                some.add(instants.get(i));
            }
            List<String> beforeReplay = assertSameAsReference(w, some);
            EdgeFixtures.write(w);   // a replay: every row once more
            assertThat(assertSameAsReference(w, some)).containsExactlyElementsOf(beforeReplay);

            EdgeFixtures.writeLateItem(w);   // a late item for past days
            assertThat(assertSameAsReference(w, some)).isNotEqualTo(beforeReplay);
        }
    }

    @Test
    void openAndEndedStaysHoldExactlyTheOpenAndTheClosedStaysOfTheHistory() {
        try (Warehouse w = WarehouseTesting.open("it_stays_split")) {
            WarehouseTesting.truncateAll(w);
            EdgeFixtures.write(w);
            EdgeFixtures.write(w);
            String columns = "file_id, desk_id, toString(arrived_at) AS arrived, toString(stuck_at) AS stuck, "
                    + "toString(left_at) AS left";
            assertThat(stays(w, "SELECT " + columns + " FROM open_stays FINAL ORDER BY ALL"))
                    .isNotEmpty()
                    .containsExactlyElementsOf(stays(w, "SELECT " + columns
                            + " FROM desk_visits FINAL WHERE left_at IS NULL ORDER BY ALL"));
            assertThat(stays(w, "SELECT " + columns + " FROM ended_stays FINAL ORDER BY ALL"))
                    .isNotEmpty()
                    .containsExactlyElementsOf(stays(w, "SELECT " + columns
                            + " FROM desk_visits FINAL WHERE left_at IS NOT NULL ORDER BY ALL"));
        }
    }

    @Test
    void aReplayedOpenRowNeverReopensAClosedStayAndCleanupDropsClosedOnes() {
        try (Warehouse w = WarehouseTesting.open("it_open_stays")) {
            WarehouseTesting.truncateAll(w);
            String insert = "INSERT INTO desk_visits (file_id, kind, priority, office_id, desk_id, arrived_at, "
                    + "arrived_by, arrived_event_id, stuck_at, stuck_at_calendar, left_at, left_by, left_event_id, "
                    + "version) VALUES ";
            String closedOpen = "('F-1', 'FILE', 'NORMAL', 'O', 'D-1', '2026-11-02 10:00:00', 'CREATED', 'e1', "
                    + "'2026-11-11 10:00:00', '2026-11-09 10:00:00', NULL, NULL, '', 1)";
            String closed = "('F-1', 'FILE', 'NORMAL', 'O', 'D-1', '2026-11-02 10:00:00', 'CREATED', 'e1', "
                    + "'2026-11-11 10:00:00', '2026-11-09 10:00:00', '2026-11-03 10:00:00', 'FORWARDED', 'e2', 2)";
            String stillOpen = "('F-1', 'FILE', 'NORMAL', 'O', 'D-2', '2026-11-03 10:00:00', 'FORWARDED', 'e2', "
                    + "'2026-11-12 10:00:00', '2026-11-10 10:00:00', NULL, NULL, '', 1)";
            w.execute(insert + closedOpen);
            w.execute(insert + closed + ", " + stillOpen);
            w.execute(insert + closedOpen); // a replay from a checkpoint taken before the stay closed
            w.execute(insert + closed);     // and the close written again

            assertThat(desks(w, "open_stays FINAL")).containsExactly("D-2");
            assertThat(desks(w, "ended_stays FINAL")).containsExactly("D-1");
            w.execute("OPTIMIZE TABLE open_stays FINAL CLEANUP");
            w.execute("OPTIMIZE TABLE ended_stays FINAL");
            assertThat(desks(w, "open_stays")).as("rows left on disk").containsExactly("D-2");
            assertThat(desks(w, "ended_stays")).as("rows left on disk").containsExactly("D-1");
        }
    }

    private static List<String> stays(Warehouse w, String sql) {
        return w.querySql("it/stays", sql, SqlParams.none(), r -> r.string("file_id") + " " + r.string("desk_id") + " "
                + r.string("arrived") + " " + r.string("stuck") + " " + r.string("left"));
    }

    private static List<String> desks(Warehouse w, String from) {
        return w.querySql("it/desks", "SELECT desk_id FROM " + from + " ORDER BY desk_id", SqlParams.none(),
                r -> r.string("desk_id"));
    }

    /** Every event instant, a millisecond before it, the IST midnight starting its day, and a time after them all. */
    private static List<Instant> instants(Warehouse w) {
        TreeSet<Instant> at = new TreeSet<>();
        List<Instant> events = w.querySql("it/event-times", "SELECT DISTINCT ts FROM movement_events ORDER BY ts",
                SqlParams.none(), r -> r.instant("ts"));
        for (Instant ts : events) {
            at.add(ts);
            at.add(ts.minusMillis(1));
            ZonedDateTime day = ts.atZone(IST).toLocalDate().atStartOfDay(IST);
            at.add(day.toInstant());
        }
        at.add(LAST_DAY.plusDays(40).atStartOfDay(IST).toInstant());
        at.add(FIRST_DAY.atStartOfDay(IST).toInstant());
        return List.copyOf(at);
    }

    /**
     * The new queries against the reference at each instant. Every level of pendency and both stuck rules read the
     * same stays; the state and one district are enough to see them, the rest once per day.
     */
    private static List<String> assertSameAsReference(Warehouse w, List<Instant> instants) {
        List<String> out = new ArrayList<>();
        for (Scope scope : SCOPES.subList(0, 2)) {
            for (Instant t : instants) {
                String at = scope.kind() + " " + t;
                out.addAll(same(w, "pendency/as_of", scope.addTo(SqlParams.of("as_of", t).and("level", "desk")),
                        PENDENCY, at + " desk"));
                out.addAll(same(w, "pendency/desk_flow", scope.addTo(SqlParams.of("as_of", t).and("cleared_days", 7)),
                        FLOW, at));
                out.addAll(desksInOnePass(w, scope, t));
                out.addAll(sharesInOnePass(w, scope, t, false));
                out.addAll(same(w, "stuck/as_of", stuck(scope, t, 0), STUCK, at + " 0"));
                out.addAll(same(w, "stuck/top", scope.addTo(SqlParams.of("as_of", t).and("calendar_days", 0)
                        .and("level", "office").and("top", 10)), TOP, at + " office"));
                out.addAll(same(w, "live/counters", scope.addTo(SqlParams.of("now", t).and("category", "")),
                        COUNTERS, at));
            }
        }
        for (Instant t : instants) {
            if (!t.equals(t.atZone(IST).toLocalDate().atStartOfDay(IST).toInstant())) {
                continue;   // midnights only
            }
            for (Scope scope : SCOPES) {
                String at = scope.kind() + " " + t;
                for (String level : List.of("office", "district", "category")) {
                    out.addAll(same(w, "pendency/as_of", scope.addTo(SqlParams.of("as_of", t).and("level", level)),
                            PENDENCY, at + " " + level));
                }
                out.addAll(same(w, "stuck/as_of", stuck(scope, t, 1), STUCK, at + " 1"));
                out.addAll(sharesInOnePass(w, scope, t, true));
                out.addAll(same(w, "stuck/top", scope.addTo(SqlParams.of("as_of", t).and("calendar_days", 0)
                        .and("level", "district").and("top", 10)), TOP, at + " district"));
                out.addAll(same(w, "rollout/by_office", scope.addTo(SqlParams.of("as_of", t)),
                        new String[] {"office_id", "files_in_history", "opening_balance"}, at));
            }
            out.addAll(same(w, "rollout/by_category", SqlParams.of("as_of", t), ROLLOUT, "STATE " + t));
        }
        for (Scope scope : SCOPES) {
            for (LocalDate[] series : new LocalDate[][] {{FIRST_DAY, LAST_DAY}, {LocalDate.of(2026, 1, 1), LAST_DAY},
                {LocalDate.of(2025, 12, 15), LocalDate.of(2026, 2, 5)}}) {
                for (int step : new int[] {1, 3, 7}) {
                    out.addAll(same(w, "pendency/trend", scope.addTo(SqlParams.of("from", series[0])
                                    .and("to", series[1]).and("step_days", step)), TREND,
                            scope.kind() + " " + series[0] + ".." + series[1] + "/" + step));
                }
                out.addAll(same(w, "kpis/created_per_week", scope.addTo(SqlParams.of("from", series[0])
                        .and("to", series[1]).and("category", "")), WEEKS, scope.kind() + " " + series[0] + ".."
                        + series[1]));
            }
        }
        return out;
    }

    /**
     * pendency/desks: the desk rows of pendency/as_of, each with its desk_flow row (as the desks view joined them).
     * No desk of this story is at two offices, where desk_flow has a row per office (DeskAtTwoOfficesIT).
     */
    private static List<String> desksInOnePass(Warehouse w, Scope scope, Instant t) {
        PendencyQueries pendency = new PendencyQueries(w);
        Map<String, DeskFlow> flows = pendency.deskFlow(t, scope).stream()
                .collect(Collectors.toMap(DeskFlow::deskId, f -> f, (a, b) -> a));
        List<DeskPendency> expected = pendency.asOf(t, PendencyLevel.DESK, scope).stream()
                .filter(r -> r.total() > 0)
                .map(r -> new DeskPendency(r, flows.get(r.id())))
                .toList();
        assertThat(pendency.desks(t, scope)).as("pendency/desks %s %s", scope, t).containsExactlyElementsOf(expected);
        return expected.stream().map(d -> "pendency/desks " + scope.kind() + " " + t + " " + d).toList();
    }

    /**
     * stuck/share_by_office: per office, pendency/as_of's files + receipts and stuck/top's count (as the ranking added
     * them up before); offices with nothing pending are not listed.
     */
    private static List<String> sharesInOnePass(Warehouse w, Scope scope, Instant t, boolean calendarDays) {
        Map<String, Long> stuckByOffice = new StuckQueries(w)
                .top(t, calendarDays, StuckQueries.Level.OFFICE, scope, Integer.MAX_VALUE).stream()
                .collect(Collectors.toMap(StuckCount::id, StuckCount::stuck));
        List<StuckShare> expected = new PendencyQueries(w).asOf(t, PendencyLevel.OFFICE, scope).stream()
                .filter(r -> r.total() > 0)
                .map(r -> new StuckShare(r.id(), r.registered(), r.total(), stuckByOffice.getOrDefault(r.id(), 0L)))
                .sorted(Comparator.comparing(StuckShare::officeId))
                .toList();
        assertThat(stuckByOffice.keySet()).as("stuck only where pending %s %s", scope, t)
                .isSubsetOf(expected.stream().map(StuckShare::officeId).toList());
        assertThat(new StuckQueries(w).shareByOffice(t, calendarDays, scope))
                .as("stuck/share_by_office %s %s %s", scope, t, calendarDays).containsExactlyElementsOf(expected);
        return expected.stream().map(e -> "stuck/share_by_office " + scope.kind() + " " + t + " " + calendarDays
                + " " + e).toList();
    }

    private static SqlParams stuck(Scope scope, Instant t, int calendarDays) {
        return scope.addTo(SqlParams.of("as_of", t).and("calendar_days", calendarDays).and("desk", "")
                .and("priority", "").and("kind", "").and("min_days", 0).and("max_days", null).and("limit", 1000));
    }

    private static List<String> same(Warehouse w, String query, SqlParams params, String[] columns, String label) {
        List<String> now = w.query(query, params, r -> line(r, columns));
        List<String> before = w.query("reference/" + query, params, r -> line(r, columns));
        assertThat(now).as(query + " " + label).containsExactlyElementsOf(before);
        return now.isEmpty() ? List.of(query + " " + label + " (none)")
                : now.stream().map(l -> query + " " + label + " " + l).toList();
    }

    private static String line(Row r, String[] columns) {
        StringBuilder b = new StringBuilder();
        for (String c : columns) {
            b.append(c).append('=').append(r.string(c)).append(' ');
        }
        return b.toString().trim();
    }
}
