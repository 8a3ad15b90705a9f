package in.eofficemonitor.warehouse;

import in.eofficemonitor.warehouse.registry.OfficeCategory;

/**
 * The English and Hindi names shown for a group in a report row when the registry has no name of its own for it:
 * office categories, the state-level offices (no district), and ids the registry does not know ("unregistered" —
 * DESIGN §3: accepted and shown as such, never dropped).
 */
public final class GroupNames {

    /** A name in both languages. */
    public record Name(String en, String hi) {}

    public static final Name UNREGISTERED_DESK = new Name("Unregistered desk", "अपंजीकृत डेस्क");
    public static final Name UNREGISTERED_OFFICE = new Name("Unregistered office", "अपंजीकृत कार्यालय");
    public static final Name UNREGISTERED_OFFICES = new Name("Unregistered offices", "अपंजीकृत कार्यालय");
    public static final Name STATE_LEVEL = new Name("State-level offices", "राज्य स्तरीय कार्यालय");

    private GroupNames() {}

    public static Name category(OfficeCategory category) {
        return switch (category) {
            case SECRETARIAT_DEPARTMENT -> new Name("Secretariat departments", "सचिवालय विभाग");
            case HOD_OFFICE -> new Name("Heads of department", "विभागाध्यक्ष कार्यालय");
            case POLICE_UNIT -> new Name("Police units", "पुलिस इकाइयाँ");
            case DIVISION_OFFICE -> new Name("Division offices", "मंडल कार्यालय");
            case DISTRICT_OFFICE -> new Name("District offices", "जिला कार्यालय");
        };
    }

    /**
     * The name of a group of a grouped query row.
     *
     * @param level desk, office, district or category
     * @param id the group id the query returned
     * @param registered whether the registry knows the desk/office (for district/category: the offices)
     * @param name the registry's English name (desks: designation), may be empty
     * @param nameHi the registry's Hindi name, may be empty
     */
    public static Name of(String level, String id, boolean registered, String name, String nameHi) {
        return switch (level) {
            case "desk" -> registered ? new Name(name, nameHi) : UNREGISTERED_DESK;
            case "office" -> registered ? new Name(name, nameHi) : UNREGISTERED_OFFICE;
            case "district" -> !registered ? UNREGISTERED_OFFICES : id.isEmpty() ? STATE_LEVEL : new Name(id, id);
            case "category" -> registered ? category(OfficeCategory.valueOf(id)) : UNREGISTERED_OFFICES;
            default -> throw new IllegalArgumentException("Unknown level " + level);
        };
    }
}
