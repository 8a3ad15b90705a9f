package in.eofficemonitor.warehouse.kpis;

import java.util.Locale;

/** What the key figures are grouped by. */
public enum KpiLevel {
    OFFICE,
    DISTRICT,
    CATEGORY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static KpiLevel parse(String text) {
        for (KpiLevel level : values()) {
            if (level.key().equalsIgnoreCase(text.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException("Unknown level '" + text + "' (office, district or category)");
    }
}
