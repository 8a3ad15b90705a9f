package in.eofficemonitor.alerts.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The week a Monday report covers: from the previous Monday 00:00 IST to this Monday 00:00 IST.
 * Pendency is reported "as of" {@link #end()} and compared with "as of" {@link #start()}; {@link #key()}
 * names the period in the delivery log, so one mail per recipient and week is sent at most once.
 */
public record ReportWeek(LocalDate monday) {

    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    public ReportWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a report week ends on a Monday, not on " + monday.getDayOfWeek());
        }
    }

    /** The week whose report is due at {@code now}: the one ending on the latest Monday at or before it (IST). */
    public static ReportWeek dueAt(Instant now) {
        LocalDate today = now.atZone(IST).toLocalDate();
        return new ReportWeek(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public Instant start() {
        return monday.minusWeeks(1).atStartOfDay(IST).toInstant();
    }

    public Instant end() {
        return monday.atStartOfDay(IST).toInstant();
    }

    public ReportWeek previous() {
        return new ReportWeek(monday.minusWeeks(1));
    }

    /** ISO week of the covered days, e.g. {@code 2026-W47} for the report sent on Monday 23-11-2026. */
    public String key() {
        ZonedDateTime lastDay = monday.minusDays(1).atStartOfDay(IST);
        return "%d-W%02d".formatted(lastDay.get(IsoFields.WEEK_BASED_YEAR), lastDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
