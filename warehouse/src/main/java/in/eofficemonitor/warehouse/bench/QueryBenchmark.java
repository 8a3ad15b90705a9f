package in.eofficemonitor.warehouse.bench;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyQueries;
import in.eofficemonitor.warehouse.rollout.RolloutQueries;
import in.eofficemonitor.warehouse.rollups.RollupLevel;
import in.eofficemonitor.warehouse.rollups.RollupQueries;
import in.eofficemonitor.warehouse.stuck.StuckFilter;
import in.eofficemonitor.warehouse.stuck.StuckQueries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The read side of {@code bench warehouse}: how long the dashboard's and the reports' named queries take over
 * a generated history in a database of its own ({@value #DATABASE}, dropped afterwards). Each file has three
 * stays at desks of 20,000 desks in 2,000 offices of 75 districts, the last one still open for 3 files in 10.
 * The same queries as the views, through the same API; the best of three runs is reported.
 */
final class QueryBenchmark {

    static final String DATABASE = "bench_queries";
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private QueryBenchmark() {}

    static String run(Warehouse main, long files) {
        main.execute("DROP DATABASE IF EXISTS " + DATABASE);
        WarehouseConfig config = new WarehouseConfig(main.httpEndpoint() + DATABASE, main.config().user(),
                main.config().password(), null, 0, Optional.empty(), true);
        StringBuilder s = new StringBuilder();
        try (Warehouse warehouse = Warehouse.open(config)) {
            long t0 = System.nanoTime();
            generate(warehouse, files);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long stays = warehouse.querySql("bench/stays", "SELECT count() AS n FROM desk_visits", SqlParams.none(),
                    r -> r.longValue("n")).getFirst();
            Instant asOf = START.plusDays(200).atStartOfDay(IST).toInstant();

            s.append(String.format(Locale.ROOT, "%nnamed queries over %,d files, %,d stays at 20,000 desks in 75 "
                    + "districts (generated in %.1f s), as of %s, best of 3:%n", files, stays, loadSeconds, asOf));
            PendencyQueries pendency = new PendencyQueries(warehouse);
            StuckQueries stuck = new StuckQueries(warehouse);
            // The district with the most stuck files, so that its lists are not empty.
            Scope district = Scope.district(stuck.top(asOf, false, StuckQueries.Level.DISTRICT, Scope.state(), 1)
                    .getFirst().id());
            time(s, "pendency by district, state", () -> pendency.asOf(asOf, PendencyLevel.DISTRICT, Scope.state()).size());
            time(s, "pendency by desk, state", () -> pendency.asOf(asOf, PendencyLevel.DESK, Scope.state()).size());
            time(s, "pendency by desk, one district", () -> pendency.asOf(asOf, PendencyLevel.DESK,
                    district).size());
            time(s, "stuck list, one district", () -> stuck.asOf(asOf, false, StuckFilter.in(
                    district)).size());
            time(s, "stuck top 10 districts", () -> stuck.top(asOf, false, StuckQueries.Level.DISTRICT,
                    Scope.state(), 10).size());
            time(s, "pendency trend, 8 weeks, one district", () -> pendency.trend(START.plusDays(144),
                    START.plusDays(200), 7, district).size());
            RollupQueries rollups = new RollupQueries(warehouse);
            LocalDate monthEnd = START.plusDays(199);
            time(s, "daily roll-ups by office, state, 30 days", () -> rollups.daily(monthEnd.minusDays(29), monthEnd,
                    RollupLevel.OFFICE, Scope.state()).size());
            time(s, "daily roll-ups by desk, one district, 30 days", () -> rollups.daily(monthEnd.minusDays(29),
                    monthEnd, RollupLevel.DESK, district).size());
            time(s, "daily roll-ups by desk, one office, 7 days", () -> rollups.daily(monthEnd.minusDays(6),
                    monthEnd, RollupLevel.DESK, Scope.office("O-7")).size());
            RolloutQueries rollout = new RolloutQueries(warehouse);
            time(s, "active desks by week, state, 8 weeks", () -> rollout.activeDesksByWeek(monthEnd.minusDays(55),
                    monthEnd, Scope.state()).size());
        } finally {
            main.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
        return s.toString();
    }

    private static void generate(Warehouse w, long files) {
        w.execute("""
                INSERT INTO offices
                SELECT concat('O-', toString(number)), concat('Office ', toString(number)), '',
                       ['SECRETARIAT_DEPARTMENT', 'HOD_OFFICE', 'POLICE_UNIT', 'DIVISION_OFFICE', 'DISTRICT_OFFICE'][number % 5 + 1],
                       concat('District ', toString(number % 75)), '', '',
                       ['NOT_STARTED', 'TRAINED', 'IN_PROGRESS', 'LIVE', 'LIVE'][number % 5 + 1],
                       toDate('2025-04-01'), now64(3)
                FROM numbers(2000)""");
        w.execute("""
                INSERT INTO desks
                SELECT concat('K-', toString(number)), concat('O-', toString(number % 2000)),
                       'Section Officer', 'अनुभाग अधिकारी', '', now64(3)
                FROM numbers(20000)""");
        // Stay k (0, 1, 2) of file f: at desk (f * 7 + k * 13) % 20000, arriving 2–6 days after the previous one.
        w.execute("""
                INSERT INTO desk_visits
                SELECT f AS fid, if(f % 4 = 3, 'RECEIPT', 'FILE'), ['NORMAL', 'NORMAL', 'IMMEDIATE', 'MOST_IMMEDIATE'][f % 4 + 1],
                       concat('O-', toString(((f * 7 + k * 13) % 20000) % 2000)),
                       concat('K-', toString((f * 7 + k * 13) % 20000)),
                       arrived, if(k = 0, 'CREATED', 'FORWARDED'), concat(toString(f), '-', toString(k)),
                       arrived + toIntervalDay(9), arrived + toIntervalDay(7),
                       if(k = 2 AND f % 10 < 3, NULL, arrived + toIntervalDay(2 + f % 5)),
                       if(k = 2 AND f % 10 < 3, NULL, if(k = 2, 'CLOSED', 'FORWARDED')),
                       '', if(k = 2 AND f % 10 < 3, 1, 2)
                FROM
                (
                    SELECT concat('UP/BEN/', toString(intDiv(number, 3))) AS f_id, intDiv(number, 3) AS f, number % 3 AS k,
                           toDateTime64({start:Date}, 3, 'Asia/Kolkata') + toIntervalSecond((f * 9973) % (300 * 86400))
                               + toIntervalDay(k * (2 + f % 5)) AS arrived
                    FROM numbers({stays:UInt64})
                )""".replace("SELECT f AS fid,", "SELECT f_id,"),
                SqlParams.of("start", START).and("stays", files * 3));
    }

    private static void time(StringBuilder s, String what, Supplier<Integer> query) {
        List<Double> millis = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            rows = query.get();
            millis.add((System.nanoTime() - t) / 1e6);
        }
        s.append(String.format(Locale.ROOT, "  %-40s %8.0f ms  (%,d rows)%n", what, Collections.min(millis), rows));
    }
}
