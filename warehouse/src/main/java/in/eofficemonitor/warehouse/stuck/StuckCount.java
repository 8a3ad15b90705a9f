package in.eofficemonitor.warehouse.stuck;

/**
 * Stuck items of one district or office at a time.
 *
 * @param id district or office id; for districts, empty for state-level offices and for unregistered offices
 * @param registered whether the registry knows the office (for a district: its offices)
 */
public record StuckCount(StuckQueries.Level level, String id, boolean registered, String name, String nameHi,
        long stuck, long files, long receipts) {}
