package in.eofficemonitor.alerts.weekly;

import in.eofficemonitor.alerts.delivery.Report;
import in.eofficemonitor.alerts.mail.MailContent;
import in.eofficemonitor.alerts.recipients.Language;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.alerts.schedule.Period;
import in.eofficemonitor.alerts.schedule.ReportWeek;
import in.eofficemonitor.alerts.source.ReportSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Monday pendency report: the Chief Secretary's state summary, each Collector's district, and each
 * head of a live office their office. Always sent, even when all is well (a quiet week is news too).
 */
public final class WeeklyPendencyReport implements Report {

    private final ReportSource source;
    private final WeeklyReportBuilder builder;
    private final WeeklyMail mail;

    public WeeklyPendencyReport(ReportSource source, WeeklyMail mail) {
        this.source = source;
        this.builder = new WeeklyReportBuilder(source);
        this.mail = mail;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.WEEKLY_PENDENCY;
    }

    @Override
    public List<Recipient> audience(List<Recipient> everyone) {
        Set<String> live = source.liveOfficeIds();
        return everyone.stream()
                .filter(r -> r.receives(kind()))
                .filter(r -> !r.scope().isOffice() || live.contains(r.scope().value()))
                .toList();
    }

    @Override
    public Period periodDueAt(Instant now) {
        return Period.of(ReportWeek.dueAt(now));
    }

    /** The state-wide figures every mail of the week cuts its scope from, loaded side by side before the first mail. */
    @Override
    public void prepare(Period period) {
        builder.prefetch(weekOf(period));
    }

    @Override
    public Optional<MailContent> compose(Recipient recipient, Period period) {
        return Optional.of(mail.render(model(recipient, weekOf(period)), recipient));
    }

    /** The numbers alone, for a caller that wants them without the mail (tests, the dashboard). */
    public WeeklyReport model(Recipient recipient, ReportWeek week) {
        return builder.build(recipient.scope(), recipient.language() == Language.HI, week);
    }

    static ReportWeek weekOf(Period period) {
        return new ReportWeek(period.to().atZone(ReportWeek.IST).toLocalDate());
    }
}
