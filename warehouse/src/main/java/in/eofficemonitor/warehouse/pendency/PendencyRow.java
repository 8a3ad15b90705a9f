package in.eofficemonitor.warehouse.pendency;

/**
 * Pendency of one desk, office, district or category as of a time.
 *
 * @param level what {@link #id} is
 * @param id desk id, office id, district, or category name; empty for state-level offices (district level) and
 *     for unregistered offices (district and category level)
 * @param registered whether the registry knows the desk / office (false: shown as "unregistered")
 * @param officeId for a desk, its office; for an office, itself; empty above that
 * @param name English name (desk designation, office name, district, category label)
 * @param nameHi Hindi name
 * @param files files pending
 * @param receipts receipts pending
 * @param ages files and receipts by dwell
 */
public record PendencyRow(PendencyLevel level, String id, boolean registered, String officeId, String name,
        String nameHi, long files, long receipts, AgeBuckets ages) {

    public long total() {
        return files + receipts;
    }
}
