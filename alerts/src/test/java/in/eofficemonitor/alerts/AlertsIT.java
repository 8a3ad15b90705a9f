package in.eofficemonitor.alerts;

import static in.eofficemonitor.alerts.recipients.RecipientFixtures.CHIEF_SECRETARY;
import static in.eofficemonitor.alerts.recipients.RecipientFixtures.DM_KANNAUJ;
import static in.eofficemonitor.alerts.recipients.RecipientFixtures.EVERYONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.eofficemonitor.alerts.delivery.DeliveryRecord;
import in.eofficemonitor.alerts.delivery.DeliveryService;
import in.eofficemonitor.alerts.delivery.DeliveryStatus;
import in.eofficemonitor.alerts.delivery.InMemoryDeliveryLog;
import in.eofficemonitor.alerts.mail.ReceivedMail;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.alerts.schedule.AlertScheduler;
import in.eofficemonitor.alerts.schedule.MutableClock;
import in.eofficemonitor.alerts.source.FixtureReportSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API the dashboard embeds: schedules, preview, send now (STATE only), delivery log, the in-process inbox. */
class AlertsIT {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T05:30:00Z"));
    private Alerts alerts;

    @BeforeEach
    void create() {
        AlertsConfig config = AlertsConfig.from(Map.of("alerts.instance", "test", "alerts.catch-up", "false",
                "alerts.dashboard-url", "https://monitor.example"));
        alerts = Alerts.create(config, FixtureReportSource.twoDistricts(), new InMemoryDeliveryLog(clock),
                Optional.of(() -> EVERYONE), clock);
    }

    @AfterEach
    void close() {
        alerts.close();
    }

    @Test
    void listsTheThreeSchedulesWithTheirNextRunInIst() {
        assertThat(alerts.schedules()).extracting(AlertScheduler.ScheduleInfo::kind)
                .containsExactly(ReportKind.WEEKLY_PENDENCY, ReportKind.STUCK_ESCALATION, ReportKind.ROLLOUT_DIGEST);
        AlertScheduler.ScheduleInfo weekly = alerts.schedules().getFirst();
        assertThat(weekly.zone()).isEqualTo("Asia/Kolkata");
        assertThat(weekly.nextFire()).isEqualTo(Instant.parse("2026-11-30T03:30:00Z"));
        assertThat(weekly.nextPeriod()).isEqualTo("2026-W48");
        assertThat(alerts.schedules().get(1).cron()).isEqualTo("0 0 10 ? * MON-SAT");
    }

    @Test
    void previewShowsAnyRecipientsNextMailWithChartsInline() {
        Alerts.Preview preview = alerts.preview(DM_KANNAUJ.id(), ReportKind.WEEKLY_PENDENCY);
        assertThat(preview.period().key()).isEqualTo("2026-W48");
        assertThat(preview.mail()).isPresent();
        assertThat(preview.html()).contains("data:image/png;base64,", "कन्नौज").doesNotContain("cid:");
    }

    @Test
    void onlyTheStateMaySendNowAndTheMailsArriveInTheInProcessInbox() {
        assertThatThrownBy(() -> alerts.sendNow(DM_KANNAUJ, ReportKind.WEEKLY_PENDENCY, Optional.empty()))
                .isInstanceOf(SecurityException.class).hasMessageContaining("only STATE");

        List<DeliveryService.Result> sent = alerts.sendNow(CHIEF_SECRETARY, ReportKind.WEEKLY_PENDENCY, Optional.of(DM_KANNAUJ.id()));
        assertThat(sent).extracting(DeliveryService.Result::outcome).containsExactly(DeliveryService.Outcome.SENT);
        assertThat(alerts.inbox()).extracting(ReceivedMail::to).containsExactly(DM_KANNAUJ.email());
        assertThat(alerts.deliveries(10)).extracting(DeliveryRecord::status).containsExactly(DeliveryStatus.SENT);

        // Pressing it again for the same week sends nothing twice.
        assertThat(alerts.sendNow(CHIEF_SECRETARY, ReportKind.WEEKLY_PENDENCY, Optional.of(DM_KANNAUJ.id())))
                .extracting(DeliveryService.Result::outcome).containsExactly(DeliveryService.Outcome.ALREADY_DONE);
        assertThat(alerts.inbox()).hasSize(1);
    }
}
