package in.eofficemonitor.alerts.weekly;

import in.eofficemonitor.alerts.chart.ChartRenderer;
import in.eofficemonitor.alerts.chart.ChartSpec;
import in.eofficemonitor.alerts.format.IndianDates;
import in.eofficemonitor.alerts.format.IndianNumbers;
import in.eofficemonitor.alerts.mail.DashboardLinks;
import in.eofficemonitor.alerts.mail.Html;
import in.eofficemonitor.alerts.mail.MailContent;
import in.eofficemonitor.alerts.mail.Messages;
import in.eofficemonitor.alerts.mail.StuckList;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.alerts.source.ReportSource.Grouping;
import in.eofficemonitor.alerts.source.ReportSource.PendencyRow;
import in.eofficemonitor.alerts.source.ReportSource.RolloutRow;
import in.eofficemonitor.alerts.source.ReportSource.StuckFile;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.util.ArrayList;
import java.util.List;

/** Lays out a {@link WeeklyReport} as the mail one recipient reads (model → chart → mail). */
public final class WeeklyMail {

    /** Rows shown in the body; the attachment and the dashboard have the rest. */
    public static final int STUCK_IN_BODY = 20;
    public static final int DESKS_IN_BODY = 50;
    /**
     * The longest-waiting stuck files a mail's CSV holds. 5,000 rows are about 0.85 MB of CSV (1.1 MB once
     * base64-encoded), which every mail system accepts, and more than an office clears in a week; the dashboard's
     * stuck list, linked from the mail, has the rest with CSV and Excel export. The cap also bounds the run: every
     * office's 5,000 longest-waiting are read once for all mails (8.8 lakh rows at 10 crore events; 10,000 per office
     * were 15.8 lakh rows and a query a third slower).
     */
    public static final int STUCK_IN_CSV = 5_000;
    static final int CHART_WIDTH = 640;
    static final int CHART_HEIGHT = 320;

    private final ChartRenderer charts;
    private final DashboardLinks links;

    public WeeklyMail(ChartRenderer charts, DashboardLinks links) {
        this.charts = charts;
        this.links = links;
    }

    public MailContent render(WeeklyReport r, Recipient to) {
        Messages m = Messages.of(to.language());
        boolean hindi = to.language() == in.eofficemonitor.alerts.recipients.Language.HI;
        String weekEnd = IndianDates.date(r.week().monday());
        String subject = m.get("weekly.subject", r.scopeName(), weekEnd);
        String asOf = IndianDates.dateTime(r.week().end());
        String before = IndianDates.dateTime(r.week().start());

        Html html = new Html().begin(subject, to.language().locale().getLanguage());
        StringBuilder text = new StringBuilder();
        html.h1(m.get("weekly.title") + " — " + r.scopeName());
        html.p(m.get("common.greeting", to.name()));
        html.p(m.get("weekly.intro", r.scopeName(), asOf, before));
        text.append(subject).append("\n\n").append(m.get("common.greeting", to.name())).append("\n")
                .append(m.get("weekly.intro", r.scopeName(), asOf, before)).append("\n\n");

        // Summary: this week, last week, change.
        html.h2(m.get("weekly.headline"));
        List<List<Html.Cell>> summary = new ArrayList<>();
        summary.add(summaryRow(m.get("weekly.pendingFiles"), r.now().files(), r.weekBefore().files()));
        summary.add(summaryRow(m.get("weekly.pendingReceipts"), r.now().receipts(), r.weekBefore().receipts()));
        summary.add(summaryRow(m.get("weekly.stuck"), r.now().stuck(), r.weekBefore().stuck()));
        html.table(List.of("", m.get("weekly.thisWeek"), m.get("weekly.lastWeek"), m.get("weekly.change")), summary);
        String rate = r.activity().disposalRate().isPresent()
                ? IndianNumbers.group(100 * r.activity().disposalRate().getAsDouble(), 1) + "%" : "–";
        html.table(List.of(m.get("weekly.created"), m.get("weekly.closed"), m.get("weekly.disposalRate")),
                List.of(List.of(Html.num(IndianNumbers.group(r.activity().opened())),
                        Html.num(IndianNumbers.group(r.activity().closed())), Html.num(rate))));
        text.append(m.get("weekly.pendingFiles")).append(": ").append(IndianNumbers.group(r.now().files()))
                .append(" (").append(m.get("weekly.lastWeek")).append(": ").append(IndianNumbers.group(r.weekBefore().files())).append(")\n")
                .append(m.get("weekly.pendingReceipts")).append(": ").append(IndianNumbers.group(r.now().receipts())).append('\n')
                .append(m.get("weekly.stuck")).append(": ").append(IndianNumbers.group(r.now().stuck()))
                .append(" (").append(m.get("weekly.lastWeek")).append(": ").append(IndianNumbers.group(r.weekBefore().stuck())).append(")\n")
                .append(m.get("weekly.created")).append(": ").append(IndianNumbers.group(r.activity().opened())).append('\n')
                .append(m.get("weekly.closed")).append(": ").append(IndianNumbers.group(r.activity().closed())).append('\n')
                .append(m.get("weekly.disposalRate")).append(": ").append(rate).append("\n\n");

        // Charts: the same component as the dashboard, as inline PNGs.
        List<MailContent.InlineImage> images = new ArrayList<>();
        ChartSpec ages = ChartSpec.Bars.simple(m.get("weekly.ageChartTitle"), m.get("weekly.ageAxis"), m.get("weekly.filesAxis"),
                m.ageBuckets(), new ChartSpec.Series(m.get("weekly.filesAxis"), r.ageBuckets()));
        images.add(new MailContent.InlineImage("age-buckets", "age-buckets.png", m.get("weekly.ageChartTitle"),
                charts.png(ages, CHART_WIDTH, CHART_HEIGHT)));
        html.image("age-buckets", m.get("weekly.ageChartTitle"), CHART_WIDTH, CHART_HEIGHT);
        text.append(m.get("weekly.ageChartTitle")).append(":\n");
        List<String> bucketNames = m.ageBuckets();
        for (int i = 0; i < bucketNames.size(); i++) {
            text.append("  ").append(bucketNames.get(i)).append(": ").append(IndianNumbers.group(r.ageBuckets().get(i))).append('\n');
        }
        ChartSpec trend = new ChartSpec.Lines(m.get("weekly.trendChartTitle"), m.get("weekly.weekAxis"), m.get("weekly.trendAxis"),
                r.trend().stream().map(p -> IndianDates.date(p.monday())).toList(),
                List.of(new ChartSpec.Series(m.get("weekly.series.pending"), r.trend().stream().map(WeeklyReport.TrendPoint::files).toList()),
                        new ChartSpec.Series(m.get("weekly.series.receipts"), r.trend().stream().map(WeeklyReport.TrendPoint::receipts).toList())));
        images.add(new MailContent.InlineImage("trend", "trend.png", m.get("weekly.trendChartTitle"),
                charts.png(trend, CHART_WIDTH, CHART_HEIGHT)));
        html.image("trend", m.get("weekly.trendChartTitle"), CHART_WIDTH, CHART_HEIGHT);
        text.append('\n');

        for (WeeklyReport.Breakdown b : r.breakdowns()) {
            breakdown(b, m, hindi, html, text);
        }
        if (r.scope().role() == Role.STATE) {
            html.h2(m.get("weekly.worstDesks", WeeklyReportBuilder.WORST_DESKS));
            html.table(List.of(m.get("col.desk"), m.get("col.pending"), m.get("col.stuck")),
                    r.worstDesks().stream().map(d -> List.of(
                            Html.link(deskLabel(d, hindi), links.desk(d.key())),
                            Html.num(IndianNumbers.group(d.files())), Html.num(IndianNumbers.group(d.stuck())))).toList());
            rollout(r.rollout(), m, html, text);
        }

        // The stuck files with the longest dwell; all of them in the CSV.
        html.h2(m.get("weekly.longestStuck"));
        text.append(m.get("weekly.longestStuck")).append(":\n");
        List<StuckFile> top = r.stuck().stream().limit(STUCK_IN_BODY).toList();
        List<MailContent.Attachment> attachments = new ArrayList<>();
        if (top.isEmpty()) {
            html.p(m.get("common.none"));
            text.append(m.get("common.none")).append('\n');
        } else {
            html.table(StuckList.header(m), StuckList.rows(top, m, links));
            text.append(StuckList.textLines(top, m));
            if (r.stuck().size() > top.size()) {
                html.p(m.get("common.moreInAttachment", IndianNumbers.group(r.stuck().size() - top.size())));
            }
            String csvName = "stuck-" + fileSafe(r.scope().value().isEmpty() ? "state" : r.scope().value()) + "-" + r.week().key() + ".csv";
            List<StuckFile> inCsv = r.stuck().stream().limit(STUCK_IN_CSV).toList();
            attachments.add(StuckList.csv(csvName, inCsv, m, links));
            // "The full list is attached" only when it is; else how much of it, and that the dashboard has it all.
            String note = r.stuckTotal() > inCsv.size()
                    ? m.get("common.csvCut", IndianNumbers.group(inCsv.size()), IndianNumbers.group(r.stuckTotal()))
                    : m.get("common.attachmentNote", csvName);
            html.p(note);
            text.append(note).append('\n');
        }

        String footer = m.get("common.footer", asOf, links.home());
        html.pLink(m.get("common.openDashboard"), scopeLink(r));
        html.small(footer);
        text.append('\n').append(m.get("common.openDashboard")).append(": ").append(scopeLink(r)).append('\n').append(footer).append('\n');
        return new MailContent(subject, html.end(), text.toString(), images, attachments);
    }

    private String scopeLink(WeeklyReport r) {
        return switch (r.scope().role()) {
            case STATE -> links.home();
            case DISTRICT -> links.district(r.scope().value());
            case OFFICE, POLICE -> links.office(r.scope().value());
        };
    }

    private void breakdown(WeeklyReport.Breakdown b, Messages m, boolean hindi, Html html, StringBuilder text) {
        String title = switch (b.by()) {
            case DISTRICT -> m.get("weekly.byDistrict");
            case CATEGORY -> m.get("weekly.byCategory");
            case OFFICE -> m.get("weekly.byOffice");
            case DESK -> m.get("weekly.byDesk");
        };
        String first = switch (b.by()) {
            case DISTRICT -> m.get("col.district");
            case CATEGORY -> m.get("col.category");
            case OFFICE -> m.get("col.office");
            case DESK -> m.get("col.desk");
        };
        boolean withBuckets = b.by() == Grouping.OFFICE || b.by() == Grouping.DESK;
        List<String> header = new ArrayList<>(List.of(first, m.get("col.pending"), m.get("col.receipts"), m.get("col.stuck"), m.get("col.change")));
        if (withBuckets) {
            header.addAll(m.ageBuckets());
        }
        List<WeeklyReport.Line> shown = b.by() == Grouping.DESK ? b.lines().stream().limit(DESKS_IN_BODY).toList() : b.lines();
        List<List<Html.Cell>> rows = new ArrayList<>();
        text.append(title).append(":\n");
        for (WeeklyReport.Line line : shown) {
            PendencyRow row = line.row();
            String label = b.by() == Grouping.CATEGORY && !row.key().isEmpty() ? m.get("category." + row.key())
                    : b.by() == Grouping.DESK ? deskLabel(row, hindi) : row.label(hindi);
            List<Html.Cell> cells = new ArrayList<>(List.of(
                    switch (b.by()) {
                        // State-level and unregistered offices have no district page.
                        case DISTRICT -> row.key().isEmpty() ? Html.text(label) : Html.link(label, links.district(row.key()));
                        case OFFICE -> Html.link(label, links.office(row.key()));
                        case DESK -> Html.link(label, links.desk(row.key()));
                        case CATEGORY -> Html.text(label);
                    },
                    Html.num(IndianNumbers.group(row.files())), Html.num(IndianNumbers.group(row.receipts())),
                    Html.num(IndianNumbers.group(row.stuck())), Html.num(signed(line.change()))));
            if (withBuckets) {
                row.buckets().forEach(n -> cells.add(Html.num(IndianNumbers.group(n))));
            }
            rows.add(cells);
            text.append("  ").append(label).append(": ").append(m.get("col.pending")).append(' ').append(IndianNumbers.group(row.files()))
                    .append(", ").append(m.get("col.stuck")).append(' ').append(IndianNumbers.group(row.stuck()))
                    .append(", ").append(m.get("col.change")).append(' ').append(signed(line.change())).append('\n');
        }
        html.h2(title);
        html.table(header, rows);
        if (shown.size() < b.lines().size()) {
            html.p(m.get("common.moreInDashboard", IndianNumbers.group(b.lines().size() - shown.size())));
        }
        text.append('\n');
    }

    private static void rollout(List<RolloutRow> rollout, Messages m, Html html, StringBuilder text) {
        html.h2(m.get("weekly.rollout"));
        text.append(m.get("weekly.rollout")).append(":\n");
        List<String> header = new ArrayList<>(List.of(m.get("col.category"), m.get("col.offices"), m.get("col.coverage")));
        for (RolloutStage s : RolloutStage.values()) {
            header.add(m.get("stage." + s.name()));
        }
        header.add(m.get("col.active"));
        List<List<Html.Cell>> rows = new ArrayList<>();
        for (RolloutRow r : rollout) {
            String coverage = r.offices() == 0 ? "–" : IndianNumbers.group(100.0 * r.live() / r.offices(), 1) + "%";
            List<Html.Cell> cells = new ArrayList<>(List.of(Html.text(m.get("category." + r.category().name())),
                    Html.num(IndianNumbers.group(r.offices())), Html.num(coverage)));
            for (RolloutStage s : RolloutStage.values()) {
                cells.add(Html.num(IndianNumbers.group(r.officesByStage().getOrDefault(s, 0L))));
            }
            cells.add(Html.num(IndianNumbers.group(r.active())));
            rows.add(cells);
            text.append("  ").append(m.get("category." + r.category().name())).append(": ").append(m.get("col.live")).append(' ')
                    .append(IndianNumbers.group(r.live())).append('/').append(IndianNumbers.group(r.offices())).append(" (").append(coverage).append(")\n");
        }
        html.table(header, rows);
        text.append('\n');
    }

    private static List<Html.Cell> summaryRow(String label, long now, long before) {
        return List.of(Html.text(label), Html.num(IndianNumbers.group(now)), Html.num(IndianNumbers.group(before)),
                Html.num(signed(now - before)));
    }

    /** Many desks share a designation (several "Assistant Grade 3"): the desk id tells them apart. */
    static String deskLabel(PendencyRow desk, boolean hindi) {
        String label = desk.label(hindi);
        return label.isBlank() ? desk.key() : label + " (" + desk.key() + ")";
    }

    static String signed(long n) {
        return n > 0 ? "+" + IndianNumbers.group(n) : IndianNumbers.group(n);
    }

    static String fileSafe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
