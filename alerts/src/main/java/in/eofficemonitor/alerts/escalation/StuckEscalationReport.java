package in.eofficemonitor.alerts.escalation;

import in.eofficemonitor.alerts.delivery.Report;
import in.eofficemonitor.alerts.format.IndianDates;
import in.eofficemonitor.alerts.format.IndianNumbers;
import in.eofficemonitor.alerts.mail.DashboardLinks;
import in.eofficemonitor.alerts.mail.Html;
import in.eofficemonitor.alerts.mail.MailContent;
import in.eofficemonitor.alerts.mail.Messages;
import in.eofficemonitor.alerts.mail.StuckList;
import in.eofficemonitor.alerts.recipients.Language;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.alerts.schedule.Period;
import in.eofficemonitor.alerts.source.ReportSource;
import in.eofficemonitor.alerts.source.ReportSource.StuckFile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The daily stuck-file alert. A head of office gets the files of their office that became stuck since
 * the last run (from the stream jobs' stuck transitions). A Collector gets the files of their district
 * that, since the last run, passed {@code collectorMultiple} times their threshold — the ones that need
 * the district's attention, not every file one day over the norm. Nothing new, no mail.
 */
public final class StuckEscalationReport implements Report {

    private final ReportSource source;
    private final DashboardLinks links;
    private final DailyWindow window;
    private final double collectorMultiple;

    public StuckEscalationReport(ReportSource source, DashboardLinks links, DailyWindow window, double collectorMultiple) {
        if (collectorMultiple < 1) {
            throw new IllegalArgumentException("the Collector's multiple of the threshold must be at least 1");
        }
        this.source = source;
        this.links = links;
        this.window = window;
        this.collectorMultiple = collectorMultiple;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.STUCK_ESCALATION;
    }

    public DailyWindow window() {
        return window;
    }

    @Override
    public List<Recipient> audience(List<Recipient> everyone) {
        return everyone.stream().filter(r -> r.receives(kind())).toList();
    }

    @Override
    public boolean runsAt(Instant fireTime) {
        return window.isRunDay(fireTime.atZone(java.time.ZoneId.of("Asia/Kolkata")).toLocalDate());
    }

    @Override
    public Period periodDueAt(Instant now) {
        return window.dueAt(now);
    }

    /** The files a recipient is told about for the period, longest dwell first. */
    public List<StuckFile> files(Recipient r, Period p) {
        if (r.role() == Role.DISTRICT) {
            Set<String> alreadyOver = source.stuck(r.scope(), p.from()).stream()
                    .filter(f -> f.timesThreshold() > collectorMultiple).map(StuckFile::fileId).collect(Collectors.toSet());
            return source.stuck(r.scope(), p.to()).stream()
                    .filter(f -> f.timesThreshold() > collectorMultiple && !alreadyOver.contains(f.fileId()))
                    .toList();
        }
        return source.becameStuck(r.scope(), p.from(), p.to()).stream()
                .sorted(java.util.Comparator.comparingDouble(StuckFile::dwellDays).reversed()).toList();
    }

    @Override
    public Optional<MailContent> compose(Recipient r, Period p) {
        List<StuckFile> files = files(r, p);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Messages m = Messages.of(r.language());
        String scopeName = source.scopeName(r.scope(), r.language() == Language.HI);
        String subject = m.get("escalation.subject", scopeName, IndianDates.date(p.to()));
        String intro = m.get("escalation.intro", IndianNumbers.group(files.size()), scopeName,
                IndianDates.dateTime(p.from()), IndianDates.dateTime(p.to()));
        Html html = new Html().begin(subject, r.language().locale().getLanguage())
                .h1(m.get("escalation.title") + " — " + scopeName)
                .p(m.get("common.greeting", r.name()))
                .p(intro);
        StringBuilder text = new StringBuilder(subject).append("\n\n").append(m.get("common.greeting", r.name())).append('\n')
                .append(intro).append('\n');
        if (r.role() == Role.DISTRICT) {
            String note = m.get("escalation.collectorNote", IndianNumbers.group(collectorMultiple, 1));
            html.p(note);
            text.append(note).append('\n');
        }
        html.h2(m.get("escalation.list")).table(StuckList.header(m), StuckList.rows(files, m, links));
        text.append('\n').append(m.get("escalation.list")).append(":\n").append(StuckList.textLines(files, m));
        String csvName = "stuck-" + r.scope().value().replaceAll("[^A-Za-z0-9._-]+", "_") + "-" + p.key() + ".csv";
        html.p(m.get("common.attachmentNote", csvName)).pLink(m.get("common.openDashboard"), links.home());
        text.append(m.get("common.attachmentNote", csvName)).append('\n').append(m.get("common.openDashboard")).append(": ")
                .append(links.home()).append('\n');
        return Optional.of(new MailContent(subject, html.end(), text.toString(), List.of(),
                List.of(StuckList.csv(csvName, files, m, links))));
    }
}
