package in.eofficemonitor.dashboard.stuck;

import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;

/**
 * The stuck view's filters as the user set them; {@code null} or blank = any. {@code age} and {@code minDays} both
 * bound the whole days at the desk (an age bucket, and "at least N days"); together, both apply.
 */
public record StuckSelection(String district, String officeId, String deskId, Priority priority, ItemKind kind,
        AgeBand age, Long minDays) {

    public static StuckSelection any() {
        return new StuckSelection(null, null, null, null, null, null, null);
    }

    public StuckSelection desk(String desk) {
        return new StuckSelection(district, officeId, desk, priority, kind, age, minDays);
    }

    public StuckSelection age(AgeBand band) {
        return new StuckSelection(district, officeId, deskId, priority, kind, band, minDays);
    }

    public StuckSelection minDays(Long days) {
        return new StuckSelection(district, officeId, deskId, priority, kind, age, days);
    }

    boolean hasDistrict() {
        return district != null && !district.isBlank();
    }

    boolean hasOffice() {
        return officeId != null && !officeId.isBlank();
    }

    boolean hasDesk() {
        return deskId != null && !deskId.isBlank();
    }

    /** The lower bound of days at the desk the selection asks for (0: any). */
    long lowestDays() {
        return Math.max(age == null ? 0 : age.minDays(), minDays == null ? 0 : Math.max(0, minDays));
    }

    /** The upper bound, or {@code null}. */
    Long highestDays() {
        return age == null ? null : age.maxDays();
    }
}
