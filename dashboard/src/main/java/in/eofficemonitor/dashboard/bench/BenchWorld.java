package in.eofficemonitor.dashboard.bench;

import in.eofficemonitor.streamjobs.registry.RegistryLoader;
import in.eofficemonitor.streamjobs.simulator.Scenario;
import in.eofficemonitor.streamjobs.simulator.UpScenario;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.movement.DerivedTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The history the dashboard benchmark reads: the "up" scenario's registry (loaded by the same loader the jobs
 * use) and generated items at the desks of its LIVE offices, written straight into the tables the stream jobs
 * fill (movement_events, desk_visits, file_positions, stuck_transitions) by the SQL in {@code bench/}.
 *
 * <p>Generated in the engine rather than pushed through the jobs because 10 crore events through the pipeline
 * would take hours on this machine; the rows have the shape the jobs write (one row per event, per stay, per
 * item), which is what the read queries see. The generation is deterministic for a given size, and its
 * parameters are recorded in {@code bench_load} so that a later run of the same size reuses it.
 */
final class BenchWorld {

    private static final long ITEMS_PER_CHUNK = 1_000_000;
    private static final List<String> GENERATED_TABLES =
            List.of("movement_events", "desk_visits", "open_stays", "file_positions", "stuck_transitions", "dead_letters",
                    "desk_activity");
    /** The generated tables and those the views fill from them (V080–V084). */
    private static final List<String> MERGED_TABLES = List.of("movement_events", "desk_visits", "open_stays",
            "file_positions", "stuck_transitions", "dead_letters", "desk_activity", "file_closes", "desk_action_days",
            "file_spans", "ended_stays", "creations_and_closes");

    record Loaded(long eventsRequested, long items, long events, long stays, long openItems, double seconds,
            Instant loadedAt, boolean reused) {

        String describe() {
            return String.format(Locale.ROOT, "dashboard benchmark over %,d items, %,d events, %,d stays, %,d items "
                            + "open (asked for %,d events; loaded %s in %.0f s%s)%n", items, events, stays, openItems,
                    eventsRequested, loadedAt, seconds, reused ? ", reused" : "");
        }
    }

    private BenchWorld() {}

    static Loaded ensure(Warehouse warehouse, long events, boolean reload, Consumer<String> log) {
        warehouse.execute("""
                CREATE TABLE IF NOT EXISTS bench_load (events_requested UInt64, items UInt64, events UInt64,
                    stays UInt64, open_items UInt64, seconds Float64, loaded_at DateTime64(3, 'Asia/Kolkata'))
                ENGINE = MergeTree ORDER BY loaded_at""");
        if (!reload) {
            List<Loaded> previous = warehouse.querySql("bench/previous-load", """
                            SELECT * FROM bench_load WHERE events_requested = {events:UInt64}
                            ORDER BY loaded_at DESC LIMIT 1""", SqlParams.of("events", events),
                    r -> new Loaded(r.longValue("events_requested"), r.longValue("items"), r.longValue("events"),
                            r.longValue("stays"), r.longValue("open_items"), r.doubleValue("seconds"),
                            r.instant("loaded_at"), true));
            if (!previous.isEmpty()) {
                log.accept("reusing the history loaded " + previous.getFirst().loadedAt() + " (--reload to load again)");
                awaitMutations(warehouse, log);
                mergeWhatIsUnmerged(warehouse, log);
                return previous.getFirst();
            }
        }
        return load(warehouse, events, log);
    }

    /**
     * A table a migration filled after the history was loaded (a backfill of V083, say) is left in many parts: merge
     * it as the load merges every table, or the first runs time the engine's merging rather than the queries.
     */
    private static void mergeWhatIsUnmerged(Warehouse warehouse, Consumer<String> log) {
        List<String> unmerged = MERGED_TABLES.stream().filter(table -> count(warehouse, """
                SELECT count() AS n FROM (
                    SELECT partition FROM system.parts
                    WHERE active AND database = currentDatabase() AND table = {table:String}
                    GROUP BY partition HAVING count() > 1)""", SqlParams.of("table", table)) > 0).toList();
        for (String table : unmerged) {
            long t0 = System.nanoTime();
            merge(warehouse, table);
            log.accept(String.format(Locale.ROOT, "  merged %s, left unmerged since the load (%.0f s)", table,
                    (System.nanoTime() - t0) / 1e9));
        }
    }

    /**
     * A migration that rewrites columns of a table already loaded (V085's MATERIALIZE on ended_stays) runs as a
     * mutation in the background: wait for it, or the first runs time the rewrite.
     */
    private static void awaitMutations(Warehouse warehouse, Consumer<String> log) {
        String pending = "SELECT count() AS n FROM system.mutations WHERE database = currentDatabase() AND NOT is_done";
        long t0 = System.nanoTime();
        while (count(warehouse, pending) > 0) {
            if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(30)) {
                throw new IllegalStateException("the warehouse's mutations did not finish in 30 min: see "
                        + "system.mutations (latest_fail_reason)");
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the warehouse's mutations", e);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (seconds > 1) {
            log.accept(String.format(Locale.ROOT, "  waited %.0f s for the mutations a migration started", seconds));
        }
    }

    private static Loaded load(Warehouse warehouse, long events, Consumer<String> log) {
        long t0 = System.nanoTime();
        Instant now = Instant.now();
        warehouse.execute("TRUNCATE TABLE bench_load");
        for (String table : GENERATED_TABLES) {
            warehouse.execute("TRUNCATE TABLE " + table);
        }
        warehouse.execute("TRUNCATE TABLE offices");
        warehouse.execute("TRUNCATE TABLE desks");
        DerivedTables.clear(warehouse);
        Scenario up = UpScenario.build();
        try (Connection c = warehouse.dataSource().getConnection()) {
            RegistryLoader.load(c, up.offices(), up.desks(), now);
        } catch (SQLException e) {
            throw new IllegalStateException("loading the registry failed: " + e.getMessage(), e);
        }
        warehouse.execute("DROP TABLE IF EXISTS bench_live_desks");
        warehouse.execute("DROP TABLE IF EXISTS bench_events");
        warehouse.execute(sql("00_tables.sql"));
        warehouse.execute(sql("01_live_desks.sql"));

        long written = 0;
        long items = 0;
        while (written < events) {
            // The first chunk tells how many events an item makes; later chunks aim at what is left.
            long chunk = items == 0 ? Math.min(ITEMS_PER_CHUNK, Math.max(1, events / 8))
                    : Math.min(ITEMS_PER_CHUNK, Math.max(1, (long) Math.ceil((events - written) * (double) items / written)));
            warehouse.execute("TRUNCATE TABLE bench_events");
            SqlParams chunkParams = SqlParams.of("first", items).and("count", chunk).and("now", now);
            warehouse.execute(sql("02_events.sql"), chunkParams);
            for (String step : List.of("03_movement_events.sql", "04_desk_visits.sql", "05_file_positions.sql",
                    "06_stuck_transitions.sql")) {
                warehouse.execute(sql(step), chunkParams);
            }
            written += count(warehouse, "SELECT count() AS n FROM bench_events");
            items += chunk;
            log.accept(String.format(Locale.ROOT, "  %,d items, %,d events so far (%.0f s)", items, written,
                    (System.nanoTime() - t0) / 1e9));
        }
        warehouse.execute("INSERT INTO dead_letters SELECT 'bench', toString(number), ['NOT_JSON', 'MISSING_FIELD', "
                + "'INVALID_TRANSITION', 'LATE'][number % 4 + 1], 'generated', concat('{\"line\":', toString(number), '}'), "
                + "'', '', {now:DateTime64(3, 'Asia/Kolkata')} FROM numbers(1000)", SqlParams.of("now", now));
        warehouse.execute("DROP TABLE bench_events");
        log.accept("  merging parts (OPTIMIZE … FINAL), as the background merges would in time");
        for (String table : MERGED_TABLES) {
            merge(warehouse, table);
        }
        long stays = count(warehouse, "SELECT count() AS n FROM desk_visits");
        long open = count(warehouse, "SELECT count() AS n FROM file_positions WHERE status = 'OPEN'");
        double seconds = (System.nanoTime() - t0) / 1e9;
        warehouse.execute("INSERT INTO bench_load VALUES ({events_requested:UInt64}, {items:UInt64}, {events:UInt64}, "
                        + "{stays:UInt64}, {open:UInt64}, {seconds:Float64}, {at:DateTime64(3, 'Asia/Kolkata')})",
                SqlParams.of("events_requested", events).and("items", items).and("events", written).and("stays", stays)
                        .and("open", open).and("seconds", seconds).and("at", now));
        return new Loaded(events, items, written, stays, open, seconds, now, false);
    }

    /** One part per partition, as the background merges leave a table in time. */
    private static void merge(Warehouse warehouse, String table) {
        // open_stays: CLEANUP drops the closed stays, as its automatic merges do an hour after the last insert.
        warehouse.execute("OPTIMIZE TABLE " + table + " FINAL" + (table.equals("open_stays") ? " CLEANUP" : ""));
    }

    private static long count(Warehouse warehouse, String sql) {
        return count(warehouse, sql, SqlParams.none());
    }

    private static long count(Warehouse warehouse, String sql, SqlParams params) {
        return warehouse.querySql("bench/count", sql, params, r -> r.longValue("n")).getFirst();
    }

    private static String sql(String name) {
        try (InputStream in = BenchWorld.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("/bench/" + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
