package in.eofficemonitor.warehouse.rollups;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One office's or one desk's movements on one day (Asia/Kolkata), files and receipts together.
 *
 * @param deskId the desk; empty in an office roll-up
 * @param officeId the desk's office (for an office roll-up: the office)
 * @param registered whether the registry knows the desk (desk level) or the office (office level)
 * @param name the desk's designation or the office's name; "Unregistered desk/office" when not registered
 * @param created items created at the desk that day
 * @param received items that arrived there that day otherwise: forwarded or returned to it, or reopened there
 * @param forwarded items forwarded from it that day
 * @param returned items sent back (RETURNED) from it that day
 * @param closed items closed at it that day
 * @param medianDwell of the stays that ended that day (forwarded, returned or closed): the nearest-rank median,
 *     the lower of two middle values; empty when no stay ended
 * @param p90Dwell the same stays' nearest-rank 90th percentile (the ⌈0.9·n⌉-th smallest)
 */
public record DailyRollup(RollupLevel level, LocalDate day, String officeId, String deskId, boolean registered,
        String name, String nameHi, long created, long received, long forwarded, long returned, long closed,
        Optional<Duration> medianDwell, Optional<Duration> p90Dwell) {

    /** The id of the group: the desk at desk level, the office at office level. */
    public String id() {
        return level == RollupLevel.DESK ? deskId : officeId;
    }

    /** Stays that ended that day: the sample behind the dwell quantiles. */
    public long staysEnded() {
        return forwarded + returned + closed;
    }

    /** How the day changed what is pending there: in (created, received) minus out (forwarded, returned, closed). */
    public long pendencyChange() {
        return created + received - staysEnded();
    }
}
