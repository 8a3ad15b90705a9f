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

    /** The office of a stay, its stuck instants, and the one the timers use. */
    public record Placement(String officeId, Instant stuckAt, Instant stuckAtCalendar, Instant effectiveStuckAt) {}
}
