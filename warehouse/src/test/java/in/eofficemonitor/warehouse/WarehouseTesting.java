package in.eofficemonitor.warehouse;

import in.eofficemonitor.warehouse.embedded.SharedTestEngine;
import in.eofficemonitor.warehouse.movement.DerivedTables;

/** Opens warehouses on the test JVM's shared embedded engine, each integration test in a database of its own. */
public final class WarehouseTesting {

    private WarehouseTesting() {}

    /** A migrated warehouse in {@code database} (created when missing) on the shared engine. */
    public static Warehouse open(String database) {
        return Warehouse.open(config(SharedTestEngine.httpRoot(), database));
    }

    public static WarehouseConfig config(String httpRoot, String database) {
        return WarehouseConfig.fromUrl(httpRoot + database);
    }

    /** Empties the tables the stream jobs and the registry loader write, between tests. */
    public static void truncateAll(Warehouse warehouse) {
        for (String table : new String[] {"offices", "office_stage_history", "desks", "movement_events",
            "dead_letters", "desk_visits", "open_stays", "file_positions", "stuck_transitions", "office_opening_balances",
            "desk_activity"}) {
            warehouse.execute("TRUNCATE TABLE IF EXISTS " + table);
        }
        DerivedTables.clear(warehouse);
    }
}
