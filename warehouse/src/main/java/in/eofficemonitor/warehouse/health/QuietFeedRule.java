package in.eofficemonitor.warehouse.health;

import in.eofficemonitor.warehouse.calendar.OfficeCalendar;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.time.Duration;
import java.time.Instant;

/**
 * When a live office's feed counts as gone quiet: no accepted event for more than {@code quietAfter} of working
 * time — hours of the office's working days, counted as the stuck thresholds count them ({@link OfficeCalendar}), so
 * a Secretariat feed is not quiet over a weekend — or of plain time under {@code calendarDays}. Only LIVE offices
 * are expected to send every working day; an office at an earlier stage is never flagged.
 */
public record QuietFeedRule(Duration quietAfter, boolean calendarDays) {

    public QuietFeedRule {
        if (quietAfter.isNegative() || quietAfter.isZero()) {
            throw new IllegalArgumentException("quietAfter must be positive: " + quietAfter);
        }
    }

    public boolean isQuiet(OfficeFreshness office, Instant now) {
        if (office.stage() != RolloutStage.LIVE) {
            return false;
        }
        if (office.latestEvent().isEmpty()) {
            return true;
        }
        OfficeCalendar calendar = calendarDays || office.category() == null
                ? OfficeCalendar.calendarDays() : OfficeCalendar.forCategory(office.category());
        return calendar.addWorkingTime(office.latestEvent().get(), quietAfter).isBefore(now);
    }
}
