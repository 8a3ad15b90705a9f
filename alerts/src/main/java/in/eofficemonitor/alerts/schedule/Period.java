package in.eofficemonitor.alerts.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * What one run of a report covers: [{@code from}, {@code to}), and the key that names it in the delivery
 * log ({@code 2026-W47} for a week, {@code 2026-11-23} for a day). Derived from the schedule, never from
 * "when did we last run", so a restart computes the same period and the delivery log can dedupe on it.
 */
public record Period(String key, Instant from, Instant to) {

    public Period {
        Objects.requireNonNull(key, "key");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a period must end after it starts: " + from + " .. " + to);
        }
    }

    public static Period of(ReportWeek week) {
        return new Period(week.key(), week.start(), week.end());
    }
}
