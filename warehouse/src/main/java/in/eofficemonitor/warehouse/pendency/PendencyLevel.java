package in.eofficemonitor.warehouse.pendency;

import java.util.Locale;

/** What pendency is summed over (DESIGN §3: an office's, district's or category's is the sum over its desks). */
public enum PendencyLevel {
    DESK,
    OFFICE,
    DISTRICT,
    CATEGORY;

    /** The lower-case name used in queries, command lines and CSV headers ({@code desk_id}, …). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PendencyLevel parse(String text) {
        for (PendencyLevel level : values()) {
            if (level.key().equalsIgnoreCase(text.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException("Unknown level '" + text + "' (desk, office, district or category)");
    }
}
