package in.eofficemonitor.alerts.it;

import static in.eofficemonitor.alerts.recipients.RecipientFixtures.DM_KANNAUJ;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.alerts.chart.ChartRenderer;
import in.eofficemonitor.alerts.digest.RolloutDigestReport;
import in.eofficemonitor.alerts.escalation.DailyWindow;
import in.eofficemonitor.alerts.escalation.StuckEscalationReport;
import in.eofficemonitor.alerts.format.Csv;
import in.eofficemonitor.alerts.format.IndianNumbers;
import in.eofficemonitor.alerts.mail.DashboardLinks;
import in.eofficemonitor.alerts.mail.EmbeddedMailServer;
import in.eofficemonitor.alerts.mail.MailContent;
import in.eofficemonitor.alerts.mail.ReceivedMail;
import in.eofficemonitor.alerts.mail.SmtpMailSender;
import in.eofficemonitor.alerts.recipients.Language;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.Scope;
import in.eofficemonitor.alerts.schedule.Period;
import in.eofficemonitor.alerts.schedule.ReportWeek;
import in.eofficemonitor.alerts.source.ReportSource;
import in.eofficemonitor.alerts.source.TestWarehouse;
import in.eofficemonitor.alerts.source.WarehouseFixtures;
import in.eofficemonitor.alerts.source.WarehouseReportSource;
import in.eofficemonitor.alerts.weekly.WeeklyMail;
import in.eofficemonitor.alerts.weekly.WeeklyPendencyReport;
import in.eofficemonitor.alerts.weekly.WeeklyReport;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.cli.CsvReports;
import in.eofficemonitor.warehouse.calendar.OfficeCalendar;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyQueries;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import in.eofficemonitor.warehouse.stuck.StuckFilter;
import in.eofficemonitor.warehouse.stuck.StuckItem;
import in.eofficemonitor.warehouse.stuck.StuckQueries;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mails built from the real embedded warehouse through the same read queries as the {@code report} command,
 * delivered through a real SMTP server: the Collector's numbers are the query API's numbers for the district.
 */
class WarehouseReportsIT {

    private static final ReportWeek WEEK = new ReportWeek(LocalDate.of(2026, 11, 23));
    private static final in.eofficemonitor.warehouse.Scope KANNAUJ = in.eofficemonitor.warehouse.Scope.district("Kannauj");
    private static final DashboardLinks LINKS = new DashboardLinks("http://localhost:8080");

    private static Warehouse warehouse;
    private static ReportSource source;
    private EmbeddedMailServer smtp;
    private SmtpMailSender sender;

    @BeforeAll
    static void data() {
        warehouse = TestWarehouse.get();
        WarehouseFixtures.load(warehouse);
        source = new WarehouseReportSource(warehouse, false, Clock.systemUTC());
    }

    @BeforeEach
    void startSmtp() {
        smtp = EmbeddedMailServer.start(0);
        sender = new SmtpMailSender(smtp.smtpConfig("monitor@up.example"), Clock.systemUTC());
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    private ReceivedMail deliver(Recipient to, MailContent content) throws Exception {
        sender.send(to.email(), to.name(), content, "<it-" + System.nanoTime() + "@eoffice-monitor>", Map.of());
        assertThat(smtp.waitFor(1, 5_000)).isTrue();
        return smtp.inbox().getFirst();
    }

    @Test
    void collectorsMailCarriesTheQueryApisNumbersForTheDistrictOnly() throws Exception {
        WeeklyPendencyReport report = new WeeklyPendencyReport(source, new WeeklyMail(new ChartRenderer(), LINKS));
        WeeklyReport model = report.model(DM_KANNAUJ, WEEK);

        // What `report pendency --by office --district Kannauj --as-of <Monday 00:00 IST>` prints.
        List<PendencyRow> byOffice = new PendencyQueries(warehouse).asOf(WEEK.end(), PendencyLevel.OFFICE, KANNAUJ);
        List<List<String>> reportCsv = byOffice.stream().map(CsvReports::pendency).toList();
        long files = byOffice.stream().mapToLong(PendencyRow::files).sum();
        long receipts = byOffice.stream().mapToLong(PendencyRow::receipts).sum();
        assertThat(files).isEqualTo(2);
        assertThat(receipts).isEqualTo(1);
        assertThat(model.now().files()).isEqualTo(files);
        assertThat(model.now().receipts()).isEqualTo(receipts);
        WeeklyReport.Breakdown offices = model.breakdowns().getFirst();
        assertThat(offices.lines()).hasSize(reportCsv.size());
        for (WeeklyReport.Line line : offices.lines()) {
            List<String> csv = reportCsv.stream().filter(r -> r.getFirst().equals(line.row().key())).findFirst().orElseThrow();
            assertThat(List.of(Long.toString(line.row().files()), Long.toString(line.row().receipts())))
                    .isEqualTo(csv.subList(2, 4));
            assertThat(line.row().buckets().stream().map(String::valueOf).toList()).isEqualTo(csv.subList(4, 10));
        }
        // Stuck: the same items as `report stuck --district Kannauj`.
        List<StuckItem> stuck = new StuckQueries(warehouse).asOf(WEEK.end(), false, StuckFilter.in(KANNAUJ));
        assertThat(model.stuck()).extracting(ReportSource.StuckFile::fileId)
                .containsExactlyElementsOf(stuck.stream().map(StuckItem::fileId).toList())
                .containsExactly("UP/KNJ/2026/00001", "UP/KNJ/2026/00003");
        assertThat(model.now().stuck()).isEqualTo(2);
        // The week's disposal: one file closed, one opened.
        assertThat(model.activity().closed()).isEqualTo(1);
        assertThat(model.activity().opened()).isEqualTo(1);

        ReceivedMail mail = deliver(DM_KANNAUJ, report.compose(DM_KANNAUJ, Period.of(WEEK)).orElseThrow());
        assertThat(mail.subject()).isEqualTo("साप्ताहिक लंबित फ़ाइल रिपोर्ट — Kannauj — 23-11-2026 को समाप्त सप्ताह");
        assertThat(mail.text()).contains("लंबित फ़ाइलें: " + IndianNumbers.group(files), "अटकी (मानक से अधिक): 2",
                "भूमि आवंटन, ग्राम सराय", "कलेक्ट्रेट कन्नौज");
        assertThat(mail.html() + mail.text()).doesNotContain("AGR", "Agra", "आगरा");
        String csv = new String(mail.attachments().getFirst().bytes(), StandardCharsets.UTF_8).substring(1);
        assertThat(Csv.parse(csv).stream().skip(1).map(List::getFirst).toList())
                .containsExactly("UP/KNJ/2026/00001", "UP/KNJ/2026/00003");
    }

    @Test
    void headOfOfficeIsAlertedOfWhatBecameStuckInTheWindowOnly() throws Exception {
        Recipient head = new Recipient("os-knj", "Office Superintendent", "os-knj@up.example", Scope.office("KNJ-COLL"),
                Language.EN, Set.of());
        StuckEscalationReport escalation = new StuckEscalationReport(source, LINKS,
                new DailyWindow(LocalTime.of(10, 0), OfficeCalendar.calendarDays()), 2.0);
        // 20-11-2026 10:00 IST run: covers 19-11 10:00 .. 20-11 10:00, when the receipt crossed its threshold.
        Period friday = escalation.periodDueAt(Instant.parse("2026-11-20T05:00:00Z"));
        assertThat(friday.key()).isEqualTo("2026-11-20");

        assertThat(escalation.files(head, friday)).extracting(ReportSource.StuckFile::fileId).containsExactly("UP/KNJ/2026/00003");
        ReceivedMail mail = deliver(head, escalation.compose(head, friday).orElseThrow());
        assertThat(mail.subject()).isEqualTo("Files stuck since the last alert — Collectorate Kannauj — 20-11-2026");
        assertThat(mail.text()).contains("UP/KNJ/2026/00003", "Complaint about ration card").doesNotContain("UP/KNJ/2026/00001");

        // Agra's head has nothing new that day: no mail at all.
        Recipient agra = new Recipient("os-agr", "OS Agra", "os-agr@up.example", Scope.office("AGR-COLL"), Language.EN, Set.of());
        assertThat(escalation.compose(agra, friday)).isEmpty();
    }

    @Test
    void collectorIsEscalatedFilesStuckLongPastTheirNorm() {
        StuckEscalationReport escalation = new StuckEscalationReport(source, LINKS,
                new DailyWindow(LocalTime.of(10, 0), OfficeCalendar.calendarDays()), 2.0);
        Recipient dm = new Recipient("dm-knj", "DM", "dm@up.example", Scope.district("Kannauj"), Language.EN, Set.of());
        // The file that arrived 01-10 with a 9-day norm passes twice its norm (18 days) on 19-10 11:00.
        Period window = new Period("2026-10-20", Instant.parse("2026-10-19T04:30:00Z"), Instant.parse("2026-10-20T04:30:00Z"));
        assertThat(escalation.files(dm, window)).extracting(ReportSource.StuckFile::fileId).containsExactly("UP/KNJ/2026/00001");
        Period later = new Period("2026-10-21", Instant.parse("2026-10-20T04:30:00Z"), Instant.parse("2026-10-21T04:30:00Z"));
        assertThat(escalation.files(dm, later)).as("told once, not every day").isEmpty();
    }

    @Test
    void rolloutDigestListsStageMovesAndIdleDesksOfTheDistrict() throws Exception {
        Recipient dm = new Recipient("dm-knj", "DM Kannauj", "dm@up.example", Scope.district("Kannauj"), Language.EN, Set.of());
        RolloutDigestReport digest = new RolloutDigestReport(source, LINKS);
        ReceivedMail mail = deliver(dm, digest.compose(dm, Period.of(WEEK)).orElseThrow());

        assertThat(mail.subject()).isEqualTo("Rollout digest — Kannauj — week ending 23-11-2026");
        assertThat(mail.text()).contains("Collectorate Kannauj: In progress → Live", "Record Keeper", "M. Khan")
                .doesNotContain("AGR", "Agra");
    }

    @Test
    void mailsComposedAtOnceShareOneStateWideLoadPerAsOf() throws Exception {
        Instant asOf = WEEK.end().minusSeconds(1);
        List<String> kannauj = new StuckQueries(warehouse).asOf(asOf, false, StuckFilter.in(KANNAUJ)).stream()
                .map(StuckItem::fileId).toList();
        java.util.concurrent.atomic.AtomicInteger stuckLoads = new java.util.concurrent.atomic.AtomicInteger();
        warehouse.addQueryListener((name, elapsed, rows, failure) -> {
            if (name.equals("stuck/as_of")) {
                stuckLoads.incrementAndGet();
            }
        });
        // A fresh source, and an as-of no other test asks about, so that no earlier load is shared.
        WarehouseReportSource fresh = new WarehouseReportSource(warehouse, false, Clock.systemUTC());
        List<Scope> scopes = List.of(Scope.district("Kannauj"), Scope.district("Agra"), Scope.office("KNJ-COLL"),
                Scope.STATE, Scope.district("Kannauj"), Scope.office("AGR-COLL"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(scopes.size());
        try {
            List<java.util.concurrent.Future<List<ReportSource.StuckFile>>> answers = pool.invokeAll(
                    scopes.stream().map(s -> (java.util.concurrent.Callable<List<ReportSource.StuckFile>>) () -> fresh.stuck(s, asOf))
                            .toList());
            for (var answer : answers) {
                answer.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(stuckLoads.get()).as("state-wide stuck loads for one as-of").isEqualTo(1);
        assertThat(fresh.stuck(Scope.district("Kannauj"), asOf)).extracting(ReportSource.StuckFile::fileId)
                .containsExactlyElementsOf(kannauj).isNotEmpty();
        assertThat(stuckLoads.get()).as("asked again within the run").isEqualTo(1);
    }
}
