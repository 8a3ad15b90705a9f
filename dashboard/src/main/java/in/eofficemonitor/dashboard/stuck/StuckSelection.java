package in.eofficemonitor.dashboard.stuck;

import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;

/** The stuck view's filters as the user set them; {@code null} or blank = any. */
public record StuckSelection(String district, String officeId, Priority priority, ItemKind kind) {

    public static StuckSelection any() {
        return new StuckSelection(null, null, null, null);
    }

    boolean hasDistrict() {
        return district != null && !district.isBlank();
    }

    boolean hasOffice() {
        return officeId != null && !officeId.isBlank();
    }
}
