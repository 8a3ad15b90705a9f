package in.eofficemonitor.alerts.weekly;

import static in.eofficemonitor.alerts.recipients.RecipientFixtures.CHIEF_SECRETARY;
import static in.eofficemonitor.alerts.recipients.RecipientFixtures.DM_AGRA;
import static in.eofficemonitor.alerts.recipients.RecipientFixtures.DM_KANNAUJ;
import static in.eofficemonitor.alerts.recipients.RecipientFixtures.EVERYONE;
import static in.eofficemonitor.alerts.recipients.RecipientFixtures.HEAD_KNJ_COLL;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.alerts.chart.ChartRenderer;
import in.eofficemonitor.warehouse.csv.Csv;
import in.eofficemonitor.alerts.format.IndianNumbers;
import in.eofficemonitor.alerts.mail.DashboardLinks;
import in.eofficemonitor.alerts.mail.EmbeddedMailServer;
import in.eofficemonitor.alerts.mail.MailContent;
import in.eofficemonitor.alerts.mail.ReceivedMail;
import in.eofficemonitor.alerts.mail.SmtpMailSender;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.schedule.Period;
import in.eofficemonitor.alerts.schedule.ReportWeek;
import in.eofficemonitor.alerts.source.FixtureReportSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Monday mail through a real SMTP server (GreenMail), read back as a mail client would. */
class WeeklyMailIT {

    private static final ReportWeek WEEK = new ReportWeek(LocalDate.of(2026, 11, 23));
    private static final DashboardLinks LINKS = new DashboardLinks("https://monitor.up.example");

    private FixtureReportSource source;
    private WeeklyPendencyReport report;
    private EmbeddedMailServer smtp;
    private SmtpMailSender sender;

    @BeforeEach
    void start() {
        source = FixtureReportSource.twoDistricts();
        report = new WeeklyPendencyReport(source, new WeeklyMail(new ChartRenderer(), LINKS));
        smtp = EmbeddedMailServer.start(0);
        sender = new SmtpMailSender(smtp.smtpConfig("monitor@up.example"), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    private ReceivedMail sendAndReceive(Recipient to) throws Exception {
        MailContent content = report.compose(to, Period.of(WEEK)).orElseThrow();
        sender.send(to.email(), to.name(), content, "<test-" + to.id() + "@eoffice-monitor>", Map.of());
        assertThat(smtp.waitFor(1, 5_000)).isTrue();
        return smtp.inbox().getFirst();
    }

    @Test
    void collectorGetsOnlyTheirDistrictsNumbersInHindi() throws Exception {
        ReceivedMail mail = sendAndReceive(DM_KANNAUJ);

        assertThat(mail.to()).isEqualTo("dm-kannauj@up.example");
        assertThat(mail.subject()).isEqualTo("साप्ताहिक लंबित फ़ाइल रिपोर्ट — कन्नौज — 23-11-2026 को समाप्त सप्ताह");
        // Kannauj: 40 + 12 + 7 = 59 files pending, 7 stuck; the week before 35 + 15 = 50.
        assertThat(mail.html()).contains("लंबित फ़ाइलें", ">59<", ">50<", ">+9<", "Collectorate Kannauj", "Tehsil Kannauj");
        assertThat(mail.text()).contains("लंबित फ़ाइलें: 59", "UP/REV/2026/00123");
        // Nothing of Agra: its desks, files and figures never appear.
        assertThat(mail.html() + mail.text()).doesNotContain("Agra", "AGR-", "09999", ">900<");
        assertThat(source.onlyAskedWithin(DM_KANNAUJ.scope())).as("queries scoped to the district").isTrue();
    }

    @Test
    void everyFileAndDeskLinksIntoTheDashboard() throws Exception {
        ReceivedMail mail = sendAndReceive(DM_KANNAUJ);
        assertThat(mail.html())
                .contains("href=\"https://monitor.up.example/trail?file=UP%2FREV%2F2026%2F00123\"")
                .contains("href=\"https://monitor.up.example/stuck?desk=KNJ-COLL-OS-01\"")
                .contains("href=\"https://monitor.up.example/desks?office=KNJ-COLL\"");
    }

    @Test
    void inlineChartsArePresentAndDecodable() throws Exception {
        ReceivedMail mail = sendAndReceive(HEAD_KNJ_COLL);

        assertThat(mail.images()).extracting(MailContent.InlineImage::contentId).containsExactly("age-buckets", "trend");
        for (MailContent.InlineImage image : mail.images()) {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.png()));
            assertThat(png).as(image.contentId()).isNotNull();
            assertThat(png.getWidth()).isEqualTo(WeeklyMail.CHART_WIDTH);
            assertThat(png.getHeight()).isEqualTo(WeeklyMail.CHART_HEIGHT);
            assertThat(mail.html()).contains("src=\"cid:" + image.contentId() + "\"");
        }
    }

    @Test
    void stuckListArrivesAsACsvThatParses() throws Exception {
        ReceivedMail mail = sendAndReceive(DM_KANNAUJ);

        assertThat(mail.attachments()).hasSize(1);
        MailContent.Attachment csv = mail.attachments().getFirst();
        assertThat(csv.fileName()).isEqualTo("stuck-Kannauj-2026-W47.csv");
        assertThat(csv.contentType()).isEqualTo("text/csv");
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = Csv.parse(text.substring(1));
        assertThat(rows.getFirst()).startsWith("file_id", "विषय");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("UP/REV/2026/00123", "भूमि आवंटन, ग्राम सराय", "NORMAL", "KNJ-COLL");
        assertThat(rows.get(1).get(9)).isEqualTo("41.5");
        assertThat(rows.stream().map(List::size).distinct()).containsExactly(11);
    }

    @Test
    void aCsvHoldsAtMostItsCapOfTheLongestStuckAndTheMailSaysHowManyThereAre() throws Exception {
        int stuck = WeeklyMail.STUCK_IN_CSV + 5;
        report = new WeeklyPendencyReport(FixtureReportSource.kannaujWithStuck(stuck), new WeeklyMail(new ChartRenderer(), LINKS));
        ReceivedMail mail = sendAndReceive(DM_KANNAUJ);

        List<List<String>> rows = Csv.parse(new String(mail.attachments().getFirst().bytes(), StandardCharsets.UTF_8).substring(1));
        assertThat(rows).hasSize(1 + WeeklyMail.STUCK_IN_CSV);
        // Longest dwell first: the last five files (the longest at the desk) lead, the five shortest are left out.
        assertThat(rows.get(1).getFirst()).isEqualTo("UP/KNJ/2026/%06d".formatted(stuck - 1));
        assertThat(rows.stream().skip(1).map(List::getFirst)).doesNotContain("UP/KNJ/2026/000000", "UP/KNJ/2026/000004");
        // Hindi: "the attachment holds the 5,000 longest-stuck of 5,005"; the full-list note is not there.
        assertThat(mail.text()).contains("संलग्नक में " + IndianNumbers.group(stuck) + " अटकी फ़ाइलों में से सबसे लंबे समय से अटकी "
                + IndianNumbers.group(WeeklyMail.STUCK_IN_CSV) + " हैं").doesNotContain("पूरी सूची");
        assertThat(mail.html()).contains("… और " + IndianNumbers.group(WeeklyMail.STUCK_IN_CSV - WeeklyMail.STUCK_IN_BODY) + " संलग्न CSV में।");
    }

    @Test
    void chiefSecretaryGetsTheStateSummaryInEnglish() throws Exception {
        ReceivedMail mail = sendAndReceive(CHIEF_SECRETARY);

        assertThat(mail.subject()).isEqualTo("Weekly pendency report — Uttar Pradesh — week ending 23-11-2026");
        assertThat(mail.html()).contains("Pendency by district", "Kannauj", "Agra", "Rollout coverage by office category",
                "The 20 desks with the most stuck files", "1,059", "80.0%", "1,20,000");
        assertThat(mail.text()).contains("Files pending: 1,059");
    }

    @Test
    void plainTextAlternativeCarriesTheSameFigures() throws Exception {
        ReceivedMail mail = sendAndReceive(DM_AGRA);
        assertThat(mail.text()).contains("Files pending: 1,000 (Last week: 800)", "Stuck (over the norm): 333", "UP/AGR/2026/09999");
        assertThat(mail.text()).doesNotContain("Kannauj", "KNJ");
    }

    @Test
    void onlyHeadsOfLiveOfficesGetTheWeeklyReport() {
        assertThat(report.audience(EVERYONE)).extracting(Recipient::id)
                .containsExactly("cs", "dm-kannauj", "dm-agra", "os-knj-coll");
    }

    @Test
    void previewShowsTheSameMailWithImagesEmbedded() {
        MailContent content = report.compose(DM_AGRA, Period.of(WEEK)).orElseThrow();
        String preview = content.htmlWithEmbeddedImages();
        assertThat(preview).doesNotContain("cid:").contains("data:image/png;base64,");
        assertThat(Arrays.asList(preview.split("data:image/png")).size()).isEqualTo(3);
    }
}
