package in.eofficemonitor.streamjobs.functions;

import in.eofficemonitor.streamjobs.registry.RegistryLookup;
import in.eofficemonitor.warehouse.calendar.OfficeCalendar;
import in.eofficemonitor.warehouse.movement.Priority;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;

/**
 * Where a stay belongs and when it becomes stuck: the desk's office from the registry, the office's category,
 * and the category's threshold counted in its working days (and, for the calendar-days column, in plain
 * days). {@code calendarDays} picks which of the two drives the stuck timers (DESIGN §3, --calendar-days).
 */
public final class StayRules implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final RegistryLookup registry;
    private final StuckThresholds thresholds;
    private final boolean calendarDays;
    private transient EnumMap<OfficeCategory, WorkingDayDeadlines> calendars;
    private transient HashMap<String, String> names;

    public StayRules(RegistryLookup registry, StuckThresholds thresholds, boolean calendarDays) {
        this.registry = registry;
        this.thresholds = thresholds;
        this.calendarDays = calendarDays;
    }

    /** Where a file arriving at {@code deskId} stays, and when that stay becomes stuck. */
    public Placement place(String deskId, String eventOfficeId, Priority priority, Instant arrival) {
        String officeId = registry.officeOf(deskId, eventOfficeId);
        OfficeCategory category = registry.categoryOf(officeId);
        int days = thresholds.days(category, priority);
        Instant working = calendar(category).add(arrival, days);
        Instant plain = OfficeCalendar.calendarDays().addWorkingDays(arrival, days);
        return new Placement(officeId, working, plain, calendarDays ? plain : working);
    }

    private WorkingDayDeadlines calendar(OfficeCategory category) {
        if (calendars == null) {
            calendars = new EnumMap<>(OfficeCategory.class);
        }
        return calendars.computeIfAbsent(category, c -> new WorkingDayDeadlines(OfficeCalendar.forCategory(c)));
    }

    /**
     * One String instance per desk or office id: every parsed event carries its own copies, and a file's state
     * keeps its desk, office and every desk it visited for as long as the file exists. (A cap keeps a feed of
     * ever new ids from growing the table without end; beyond it ids are kept as they come.)
     */
    public String canonical(String id) {
        if (id == null) {
            return null;
        }
        if (names == null) {
            names = new HashMap<>();
        }
        String known = names.get(id);
        if (known != null) {
            return known;
        }
        if (names.size() < MAX_NAMES) {
            names.put(id, id);
        }
        return id;
    }

    private static final int MAX_NAMES = 1_000_000;

    /** The office of a stay, its stuck instants, and the one the timers use. */
    public record Placement(String officeId, Instant stuckAt, Instant stuckAtCalendar, Instant effectiveStuckAt) {}
}
