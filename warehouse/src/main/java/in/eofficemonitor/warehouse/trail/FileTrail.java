package in.eofficemonitor.warehouse.trail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One file's full trail: every stay at a desk in order (with dwell), every event, and where it is now.
 *
 * @param position the latest state; empty for a file the warehouse does not know
 */
public record FileTrail(String fileId, Optional<FilePosition> position, List<TrailStay> stays,
        List<TrailEvent> events) {

    /** The stay it is in now, if it is open. */
    public Optional<TrailStay> currentStay() {
        return stays.stream().filter(TrailStay::current).reduce((first, second) -> second);
    }

    /** How long it has been at its current desk, if it is open. */
    public Optional<Duration> currentDwell() {
        return currentStay().map(TrailStay::dwell);
    }

    public boolean known() {
        return position.isPresent() || !events.isEmpty();
    }
}
