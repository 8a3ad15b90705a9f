package in.eofficemonitor.alerts.digest;

import in.eofficemonitor.alerts.delivery.Report;
import in.eofficemonitor.alerts.format.IndianDates;
import in.eofficemonitor.alerts.mail.DashboardLinks;
import in.eofficemonitor.alerts.mail.Html;
import in.eofficemonitor.alerts.mail.MailContent;
import in.eofficemonitor.alerts.mail.Messages;
import in.eofficemonitor.alerts.recipients.Language;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.alerts.schedule.Period;
import in.eofficemonitor.alerts.schedule.ReportWeek;
import in.eofficemonitor.alerts.source.ReportSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The weekly rollout digest: offices that moved stage, live offices that created no e-file in 30 days,
 * and desks with no action in 30 days (read closely: UP withholds salaries of staff who never log in).
 * The Chief Secretary gets the state; each Collector the district part.
 */
public final class RolloutDigestReport implements Report {

    public static final int QUIET_DAYS = 30;

    private final ReportSource source;
    private final DashboardLinks links;

    public RolloutDigestReport(ReportSource source, DashboardLinks links) {
        this.source = source;
        this.links = links;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.ROLLOUT_DIGEST;
    }

    @Override
    public List<Recipient> audience(List<Recipient> everyone) {
        return everyone.stream().filter(r -> r.receives(kind())).toList();
    }

    @Override
    public Period periodDueAt(Instant now) {
        return Period.of(ReportWeek.dueAt(now));
    }

    @Override
    public Optional<MailContent> compose(Recipient r, Period p) {
        Messages m = Messages.of(r.language());
        String scopeName = source.scopeName(r.scope(), r.language() == Language.HI);
        String weekEnd = IndianDates.date(p.to());
        String subject = m.get("digest.subject", scopeName, weekEnd);
        Html html = new Html().begin(subject, r.language().locale().getLanguage())
                .h1(m.get("digest.title") + " — " + scopeName)
                .p(m.get("common.greeting", r.name()))
                .p(m.get("digest.intro", scopeName, weekEnd));
        StringBuilder text = new StringBuilder(subject).append("\n\n").append(m.get("digest.intro", scopeName, weekEnd)).append("\n\n");

        List<ReportSource.StageMove> moves = source.stageMoves(r.scope(), p.from(), p.to());
        html.h2(m.get("digest.moves"));
        text.append(m.get("digest.moves")).append(":\n");
        if (moves.isEmpty()) {
            html.p(m.get("common.none"));
            text.append(m.get("common.none")).append('\n');
        } else {
            html.table(List.of(m.get("col.office"), m.get("col.district"), m.get("col.stageFrom"), m.get("col.stageTo"), m.get("col.since")),
                    moves.stream().map(s -> List.of(Html.link(s.officeName(), links.office(s.officeId())), Html.text(s.district()),
                            Html.text(m.get("stage." + s.from().name())), Html.text(m.get("stage." + s.to().name())),
                            Html.text(IndianDates.date(s.since())))).toList());
            moves.forEach(s -> text.append("  ").append(s.officeName()).append(": ").append(m.get("stage." + s.from().name()))
                    .append(" → ").append(m.get("stage." + s.to().name())).append('\n'));
        }

        List<ReportSource.SilentOffice> silent = source.silentLiveOffices(r.scope(), p.to(), QUIET_DAYS);
        html.h2(m.get("digest.silent"));
        text.append('\n').append(m.get("digest.silent")).append(":\n");
        if (silent.isEmpty()) {
            html.p(m.get("common.none"));
            text.append(m.get("common.none")).append('\n');
        } else {
            html.table(List.of(m.get("col.office"), m.get("col.district"), m.get("col.lastAction")),
                    silent.stream().map(s -> List.of(Html.link(s.officeName(), links.office(s.officeId())), Html.text(s.district()),
                            Html.text(s.lastEfile() == null ? "–" : IndianDates.date(s.lastEfile())))).toList());
            silent.forEach(s -> text.append("  ").append(s.officeName()).append(" (").append(s.officeId()).append(")\n"));
        }

        List<ReportSource.IdleDesk> idle = source.idleDesks(r.scope(), p.to(), QUIET_DAYS);
        html.h2(m.get("digest.idleDesks"));
        text.append('\n').append(m.get("digest.idleDesks")).append(":\n");
        if (idle.isEmpty()) {
            html.p(m.get("common.none"));
            text.append(m.get("common.none")).append('\n');
        } else {
            html.table(List.of(m.get("col.office"), m.get("col.desk"), m.get("col.holder"), m.get("col.lastAction")),
                    idle.stream().map(d -> List.of(Html.link(d.officeName(), links.office(d.officeId())),
                            Html.link(d.deskLabel(), links.desk(d.deskId())), Html.text(d.holderName()),
                            Html.text(d.lastAction() == null ? "–" : IndianDates.date(d.lastAction())))).toList());
            idle.forEach(d -> text.append("  ").append(d.officeName()).append(" — ").append(d.deskLabel()).append(" — ")
                    .append(d.holderName()).append('\n'));
        }
        html.pLink(m.get("common.openDashboard"), links.home());
        return Optional.of(new MailContent(subject, html.end(), text.toString(), List.of(), List.of()));
    }
}
