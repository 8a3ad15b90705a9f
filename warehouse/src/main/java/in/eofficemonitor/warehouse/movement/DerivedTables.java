package in.eofficemonitor.warehouse.movement;

import in.eofficemonitor.warehouse.Warehouse;
import java.util.List;

/**
 * The tables kept from the movement tables by materialized views (V080–V084): emptying {@code movement_events} or
 * {@code file_positions} with TRUNCATE does not empty them, so whatever reloads the movement data from scratch (the
 * benchmark's generator, test fixtures) clears these too.
 */
public final class DerivedTables {

    /**
     * Written by views on inserts into movement_events (desk_action_days, file_spans, creations_and_closes),
     * file_positions (file_closes) and desk_visits (ended_stays).
     */
    public static final List<String> TABLES =
            List.of("file_closes", "desk_action_days", "file_spans", "ended_stays", "creations_and_closes");

    private DerivedTables() {}

    /** Empties the derived tables; call it with emptying the movement tables. */
    public static void clear(Warehouse warehouse) {
        for (String table : TABLES) {
            warehouse.execute("TRUNCATE TABLE IF EXISTS " + table);
        }
    }
}
