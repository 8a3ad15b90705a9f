package in.eofficemonitor.warehouse.trail;

import java.time.Duration;
import java.time.Instant;

/**
 * One stay of a file at a desk.
 *
 * @param leftAt when it moved on or was closed; {@code null} while it is still there
 * @param leftBy FORWARDED, RETURNED or CLOSED; {@code null} while it is still there
 * @param dwell time at the desk: until it left, or until the time the trail was asked for
 * @param stuckAt when the stay crossed (or will cross) its stuck threshold in working days
 */
public record TrailStay(String deskId, String officeId, String designation, String designationHi,
        String officeName, String officeNameHi, Instant arrivedAt, String arrivedBy, Instant leftAt, String leftBy,
        Duration dwell, Instant stuckAt, Instant stuckAtCalendar) {

    public boolean current() {
        return leftAt == null;
    }
}
