package in.eofficemonitor.warehouse.rollups;

import java.util.Locale;

/** What the daily roll-ups are grouped by. */
public enum RollupLevel {
    OFFICE,
    DESK;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RollupLevel parse(String text) {
        for (RollupLevel level : values()) {
            if (level.key().equalsIgnoreCase(text.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException("Unknown level '" + text + "' (office or desk)");
    }
}
