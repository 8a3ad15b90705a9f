package in.eofficemonitor.alerts.delivery;

import in.eofficemonitor.alerts.mail.MailContent;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.alerts.schedule.Period;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One kind of scheduled mail, as a plain object (query → model → chart → mail) that the Quartz job,
 * the dashboard's preview and "send now", and the tests all call the same way.
 */
public interface Report {

    ReportKind kind();

    /** Who gets this report, out of everyone configured. */
    List<Recipient> audience(List<Recipient> everyone);

    /** The period whose mail is due at {@code now} (the last completed week, the day's window ...). */
    Period periodDueAt(Instant now);

    /** Whether a scheduled fire at {@code fireTime} should run at all (the escalation skips holidays). */
    default boolean runsAt(Instant fireTime) {
        return true;
    }

    /**
     * Called once before a run builds the mails of {@code period} for many recipients: a report whose mails share
     * state-wide loads may start them here, side by side. The mails still ask for what they need; a failure here
     * only means they load it themselves.
     */
    default void prepare(Period period) {}

    /** The mail for one recipient, or empty when there is nothing to say (no file became stuck). */
    Optional<MailContent> compose(Recipient recipient, Period period);
}
