package in.eofficemonitor.alerts.schedule;

import in.eofficemonitor.alerts.recipients.ReportKind;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * When a report runs: a Quartz cron expression in a time zone (IST unless configured otherwise).
 * The fire-time arithmetic is here, on plain instants, so it can be tested with any clock.
 */
public record ScheduleDefinition(ReportKind kind, String cron, ZoneId zone) {

    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    /** Monday 09:00 IST. */
    public static final String WEEKLY_DEFAULT = "0 0 9 ? * MON";
    /** Monday to Saturday 10:00 IST; the job itself skips days the office calendar marks off. */
    public static final String ESCALATION_DEFAULT = "0 0 10 ? * MON-SAT";
    /** Monday 09:30 IST, after the pendency report. */
    public static final String DIGEST_DEFAULT = "0 30 9 ? * MON";

    public ScheduleDefinition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("not a Quartz cron expression: '" + cron + "'");
        }
    }

    public CronExpression expression() {
        try {
            CronExpression e = new CronExpression(cron);
            e.setTimeZone(TimeZone.getTimeZone(zone));
            return e;
        } catch (ParseException e) {
            throw new IllegalStateException(e); // validated in the constructor
        }
    }

    public Optional<Instant> nextFireAfter(Instant t) {
        return Optional.ofNullable(expression().getNextValidTimeAfter(Date.from(t))).map(Date::toInstant);
    }

    /**
     * The latest fire time at or before {@code now}, looking back at most {@code lookBackDays}:
     * what a restart has to catch up on. Quartz has no "previous fire time" for cron, so walk forward.
     */
    public Optional<Instant> lastFireAtOrBefore(Instant now, int lookBackDays) {
        CronExpression e = expression();
        Date cursor = Date.from(now.minusSeconds(lookBackDays * 86_400L));
        Instant last = null;
        while (true) {
            Date next = e.getNextValidTimeAfter(cursor);
            if (next == null || next.toInstant().isAfter(now)) {
                return Optional.ofNullable(last);
            }
            last = next.toInstant();
            cursor = next;
        }
    }
}
