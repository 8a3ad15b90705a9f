package in.eofficemonitor.dashboard.health;

import in.eofficemonitor.warehouse.deadletters.DeadLetterCount;
import in.eofficemonitor.warehouse.deadletters.DeadLetterQueries;
import in.eofficemonitor.warehouse.deadletters.DeadLetterSample;
import java.util.List;
import org.springframework.stereotype.Service;

/** The feed's health: rejected input by reason, with raw samples. State-wide, so for the state only. */
@Service
public class HealthService {

    private final DeadLetterQueries deadLetters;

    public HealthService(DeadLetterQueries deadLetters) {
        this.deadLetters = deadLetters;
    }

    public List<DeadLetterCount> deadLettersByReason() {
        return deadLetters.countsByReason();
    }

    public List<DeadLetterSample> samples(int perReason) {
        return deadLetters.samples(perReason);
    }
}
