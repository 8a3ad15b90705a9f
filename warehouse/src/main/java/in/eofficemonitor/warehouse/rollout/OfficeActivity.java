package in.eofficemonitor.warehouse.rollout;

import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.time.Instant;
import java.util.Optional;

/**
 * One office's rollout activity as of a time (issue 4): when it created its first and its latest e-file, and how
 * many it has created.
 *
 * @param registered whether the registry knows the office; an unknown one has no category, district or stage
 * @param name the registry's name, or "Unregistered office"
 * @param district the office's district; empty for state-level offices
 * @param firstEFile the earliest e-file (accepted CREATED of kind FILE) in the event history up to the time asked;
 *     empty when none. An office with an opening balance had e-files before that
 * @param latestEFile the latest such e-file
 * @param eFilesInHistory e-files created in the event history up to the time asked
 * @param openingBalance e-files created before the office's event history began (office_opening_balances), counted
 *     from the balance's date on
 * @param desks the office's registered desks
 */
public record OfficeActivity(String officeId, boolean registered, String name, String nameHi,
        Optional<OfficeCategory> category, String district, Optional<RolloutStage> stage, Optional<Instant> firstEFile,
        Optional<Instant> latestEFile, long eFilesInHistory, long openingBalance, long desks) {

    /** E-files created up to the time asked, the opening balance included: what {@link RolloutRow#filesCreated} sums. */
    public long filesCreated() {
        return eFilesInHistory + openingBalance;
    }
}
