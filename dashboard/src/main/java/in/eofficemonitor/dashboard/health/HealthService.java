package in.eofficemonitor.dashboard.health;

import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.deadletters.DeadLetterCount;
import in.eofficemonitor.warehouse.deadletters.DeadLetterQueries;
import in.eofficemonitor.warehouse.deadletters.DeadLetterSample;
import java.util.List;

/**
 * The pipeline's health for the state team: rejected input lines by reason with samples of the raw lines (the
 * query behind {@code report dead-letters}). Dead letters belong to no office, so this view is STATE only.
 */
public final class HealthService {

    public static final int SAMPLES_PER_REASON = 3;

    private final DeadLetterQueries deadLetters;

    public HealthService(Warehouse warehouse) {
        this.deadLetters = new DeadLetterQueries(warehouse);
    }

    public List<DeadLetterCount> deadLettersByReason() {
        return deadLetters.countsByReason();
    }

    public List<DeadLetterSample> samples() {
        return deadLetters.samples(SAMPLES_PER_REASON);
    }
}
