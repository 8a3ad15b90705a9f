package in.eofficemonitor.alerts.it;

import static in.eofficemonitor.alerts.recipients.RecipientFixtures.DM_KANNAUJ;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.alerts.chart.ChartRenderer;
import in.eofficemonitor.alerts.digest.RolloutDigestReport;
import in.eofficemonitor.alerts.escalation.DailyWindow;
import in.eofficemonitor.alerts.escalation.StuckEscalationReport;
import in.eofficemonitor.warehouse.csv.Csv;
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
        // Its idle desks are the ones the key figures count for the 30 days before the Monday (the dashboard's list).
        LocalDate sunday = WEEK.monday().minusDays(1);
        assertThat(source.idleDesks(dm.scope(), WEEK.end(), 30)).extracting(ReportSource.IdleDesk::deskId)
                .containsExactlyElementsOf(new in.eofficemonitor.warehouse.kpis.KpiQueries(warehouse).idleDesks(sunday, KANNAUJ, 100)
                        .stream().map(in.eofficemonitor.warehouse.kpis.IdleDesk::deskId).toList())
                .containsExactly("KNJ-COLL-IDLE-01")
                .hasSize((int) new in.eofficemonitor.warehouse.kpis.KpiQueries(warehouse)
                        .figures(sunday.minusDays(6), sunday, in.eofficemonitor.warehouse.kpis.KpiLevel.DISTRICT, KANNAUJ)
                        .stream().mapToLong(in.eofficemonitor.warehouse.kpis.KpiRow::idleDesks).sum());
    }

    @Test
    void longestStuckOfAnyScopeIsTheStuckReportsFirstRowsWithItsCount() {
        StuckQueries stuckQueries = new StuckQueries(warehouse);
        Map<Scope, in.eofficemonitor.warehouse.Scope> scopes = Map.of(Scope.STATE, in.eofficemonitor.warehouse.Scope.state(),
                Scope.district("Kannauj"), KANNAUJ, Scope.office("AGR-COLL"), in.eofficemonitor.warehouse.Scope.office("AGR-COLL"),
                Scope.district("Nowhere"), in.eofficemonitor.warehouse.Scope.district("Nowhere"));
        for (int limit : new int[] {1, 3, 100}) {
            scopes.forEach((scope, same) -> {
                // What `report stuck` prints for the scope, longest-waiting first.
                List<StuckItem> report = stuckQueries.asOf(WEEK.end(), false, StuckFilter.in(same));
                ReportSource.StuckHead head = source.longestStuck(scope, WEEK.end(), limit);
                assertThat(head.total()).as("%s total", scope).isEqualTo(report.size());
                assertThat(head.longest()).as("%s first %d", scope, limit).extracting(ReportSource.StuckFile::fileId)
                        .containsExactlyElementsOf(report.stream().limit(limit).map(StuckItem::fileId).toList());
            });
        }
        // The state's four, with subjects (none recorded for 09998) and desk names as the lookups gave them.
        assertThat(source.longestStuck(Scope.STATE, WEEK.end(), 3).longest())
                .extracting(ReportSource.StuckFile::fileId, ReportSource.StuckFile::subject, ReportSource.StuckFile::deskLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UP/AGR/2026/09999", "Agra road works", "Office Superintendent"),
                        org.assertj.core.groups.Tuple.tuple("UP/KNJ/2026/00001", "भूमि आवंटन, ग्राम सराय", "Office Superintendent"),
                        org.assertj.core.groups.Tuple.tuple("UP/AGR/2026/09998", "", "Office Superintendent"));
        assertThat(source.longestStuck(Scope.STATE, WEEK.end(), 3).total()).isEqualTo(4);
        // The same rows as the full list the escalation reads, field for field.
        assertThat(source.longestStuck(Scope.district("Kannauj"), WEEK.end(), 100).longest())
                .isEqualTo(source.stuck(Scope.district("Kannauj"), WEEK.end()));
    }

    @Test
    void pendencyOfEveryGroupingAndScopeEqualsThePendencyQuery() {
        PendencyQueries queries = new PendencyQueries(warehouse);
        Map<Scope, in.eofficemonitor.warehouse.Scope> scopes = Map.of(Scope.STATE, in.eofficemonitor.warehouse.Scope.state(),
                Scope.district("Kannauj"), KANNAUJ, Scope.office("AGR-COLL"), in.eofficemonitor.warehouse.Scope.office("AGR-COLL"));
        Map<ReportSource.Grouping, PendencyLevel> levels = Map.of(ReportSource.Grouping.DESK, PendencyLevel.DESK,
                ReportSource.Grouping.OFFICE, PendencyLevel.OFFICE, ReportSource.Grouping.DISTRICT, PendencyLevel.DISTRICT,
                ReportSource.Grouping.CATEGORY, PendencyLevel.CATEGORY);
        for (Instant asOf : List.of(WEEK.start(), WEEK.end(), Instant.parse("2026-11-18T10:00:00Z"))) {
            scopes.forEach((scope, same) -> levels.forEach((grouping, level) -> {
                record Figures(String key, long files, long receipts, List<Long> ages) {}
                List<Figures> expected = queries.asOf(asOf, level, same).stream()
                        .map(r -> new Figures(r.id(), r.files(), r.receipts(), java.util.Arrays.stream(r.ages().asArray()).boxed().toList()))
                        .toList();
                assertThat(source.pendency(scope, asOf, grouping)).as("%s by %s at %s", scope, grouping, asOf)
                        .map(r -> new Figures(r.key(), r.files(), r.receipts(), r.buckets()))
                        .containsExactlyInAnyOrderElementsOf(expected);
            }));
        }
        assertThat(source.pendency(Scope.district("Kannauj"), WEEK.end(), ReportSource.Grouping.DESK))
                .extracting(ReportSource.PendencyRow::key, ReportSource.PendencyRow::label, ReportSource.PendencyRow::stuck)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("KNJ-COLL-OS-01", "Office Superintendent", 1L),
                        org.assertj.core.groups.Tuple.tuple("KNJ-COLL-AG3-01", "Assistant Grade 3", 1L));
    }

    @Test
    void weekBeforesStuckCountsAndTrendEqualTheQueryApis() {
        PendencyQueries pendency = new PendencyQueries(warehouse);
        StuckQueries stuckQueries = new StuckQueries(warehouse);
        // 16-11: only Agra's 09999 was stuck; KNJ 00001 since 10-10 too.
        for (Instant asOf : List.of(WEEK.start(), WEEK.end(), Instant.parse("2026-10-05T00:00:00Z"))) {
            Map<String, Long> perOffice = stuckQueries.asOf(asOf, false, StuckFilter.in(in.eofficemonitor.warehouse.Scope.state()))
                    .stream().collect(java.util.stream.Collectors.groupingBy(StuckItem::officeId, java.util.stream.Collectors.counting()));
            for (ReportSource.PendencyRow row : source.pendency(Scope.STATE, asOf, ReportSource.Grouping.OFFICE)) {
                assertThat(row.stuck()).as("%s at %s", row.key(), asOf).isEqualTo(perOffice.getOrDefault(row.key(), 0L));
            }
        }
        Map<Scope, in.eofficemonitor.warehouse.Scope> scopes = Map.of(Scope.STATE, in.eofficemonitor.warehouse.Scope.state(),
                Scope.district("Kannauj"), KANNAUJ, Scope.office("AGR-COLL"), in.eofficemonitor.warehouse.Scope.office("AGR-COLL"),
                Scope.district("Nowhere"), in.eofficemonitor.warehouse.Scope.district("Nowhere"));
        LocalDate first = WEEK.monday().minusWeeks(11);
        scopes.forEach((scope, same) -> {
            // What `report pendency` gives at the end of each Sunday, i.e. at 00:00 of each Monday.
            List<ReportSource.PendencyTotal> expected = pendency.trend(first.minusDays(1), WEEK.monday().minusDays(1), 7, same)
                    .stream().map(p -> new ReportSource.PendencyTotal(p.day().plusDays(1), p.files(), p.receipts())).toList();
            assertThat(source.weeklyTrend(scope, first, WEEK.monday())).as("%s", scope).isEqualTo(expected).hasSize(12);
        });
        assertThat(source.weeklyTrend(Scope.district("Kannauj"), first, WEEK.monday()).getLast())
                .isEqualTo(new ReportSource.PendencyTotal(WEEK.monday(), 2, 1));
    }

    @Test
    void aMondayRunReadsEachStateWideFigureOncePerAsOfAndLooksNothingUpPerMail() throws Exception {
        Map<String, java.util.concurrent.atomic.AtomicInteger> runs = new java.util.concurrent.ConcurrentHashMap<>();
        warehouse.addQueryListener((name, elapsed, rows, failure) ->
                runs.computeIfAbsent(name, n -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet());
        // A fresh source: nothing loaded before.
        WeeklyPendencyReport report = new WeeklyPendencyReport(new WarehouseReportSource(warehouse, false, Clock.systemUTC()),
                new WeeklyMail(new ChartRenderer(), LINKS));
        List<Recipient> everyone = List.of(
                new Recipient("cs", "CS", "cs@up.example", Scope.STATE, Language.EN, Set.of()),
                new Recipient("dm-knj", "DM", "dm@up.example", Scope.district("Kannauj"), Language.HI, Set.of()),
                new Recipient("dm-agr", "DM", "dm2@up.example", Scope.district("Agra"), Language.EN, Set.of()),
                new Recipient("h-knj", "Head", "h1@up.example", Scope.office("KNJ-COLL"), Language.HI, Set.of()),
                new Recipient("h-agr", "Head", "h2@up.example", Scope.office("AGR-COLL"), Language.EN, Set.of()));
        // As a run does: the shared loads first (side by side), then the mails at once.
        report.prepare(Period.of(WEEK));
        assertThat(runs.get("alerts/stuck_longest")).as("loaded by prepare").hasValue(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(everyone.size());
        try {
            for (var mail : pool.invokeAll(everyone.stream()
                    .map(r -> (java.util.concurrent.Callable<MailContent>) () -> report.compose(r, Period.of(WEEK)).orElseThrow())
                    .toList())) {
                mail.get();
            }
        } finally {
            pool.shutdown();
        }
        // Two as-of times (this Monday and the one before), one week's figures, one trend line: however many mails.
        assertThat(runs.get("alerts/desk_figures")).as("alerts/desk_figures").hasValue(2);
        assertThat(runs.get("alerts/stuck_longest")).as("alerts/stuck_longest").hasValue(1);
        assertThat(runs.get("alerts/trend_by_office")).as("alerts/trend_by_office").hasValue(1);
        assertThat(runs).as("no per-mail lookups or scoped scans")
                .doesNotContainKeys("alerts/subjects", "pendency/trend", "stuck/as_of", "pendency/as_of");
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
