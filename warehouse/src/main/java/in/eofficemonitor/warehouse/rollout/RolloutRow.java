package in.eofficemonitor.warehouse.rollout;

import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Rollout coverage of one office category (DESIGN §3).
 *
 * @param category the category; empty for e-files created at offices the registry does not know
 * @param offices registered offices in the category
 * @param live offices at stage LIVE
 * @param inProgress offices at stage IN_PROGRESS
 * @param trained offices at stage TRAINED
 * @param emailIdsCreated offices at stage EMAIL_IDS_CREATED
 * @param notStarted offices at stage NOT_STARTED
 * @param active offices LIVE or that created an e-file in the 30 days up to the time asked
 * @param filesCreated e-files created (accepted CREATED events of kind FILE) up to the time asked
 */
public record RolloutRow(Optional<OfficeCategory> category, long offices, long live, long inProgress, long trained,
        long emailIdsCreated, long notStarted, long active, long filesCreated) {

    /** Offices not yet LIVE nor IN_PROGRESS: NOT_STARTED, EMAIL_IDS_CREATED and TRAINED. */
    public long notLive() {
        return trained + emailIdsCreated + notStarted;
    }

    /** LIVE offices / offices in the category; empty for a category with no offices. */
    public OptionalDouble coverage() {
        return offices == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) live / offices);
    }
}
