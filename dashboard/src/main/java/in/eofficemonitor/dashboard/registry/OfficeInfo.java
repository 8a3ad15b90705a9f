package in.eofficemonitor.dashboard.registry;

import in.eofficemonitor.warehouse.registry.OfficeCategory;

/** An office as the dashboard shows and scopes it. {@code district} is empty for state-level offices. */
public record OfficeInfo(String officeId, String name, String nameHi, OfficeCategory category, String district) {

    public String name(boolean hindi) {
        return hindi && !nameHi.isBlank() ? nameHi : name;
    }
}
