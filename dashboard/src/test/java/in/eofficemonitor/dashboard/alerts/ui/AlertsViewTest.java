package in.eofficemonitor.dashboard.alerts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.alerts.delivery.DeliveryStatus;
import in.eofficemonitor.alerts.mail.ReceivedMail;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.dashboard.DashboardTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The state team's view of the alert mails, with the real scheduler, the real delivery log in the embedded
 * warehouse and the in-process SMTP server (GreenMail) receiving what "send now" sends.
 */
class AlertsViewTest extends DashboardTestBase {

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void schedulesPreviewAndSendNowReachTheInboxOnceAndTheDeliveryLog() {
        AlertsView view = navigate(AlertsView.class);
        assertThat(view.schedules.getListDataView().getItems().map(s -> s.kind()))
                .contains(ReportKind.WEEKLY_PENDENCY, ReportKind.STUCK_ESCALATION, ReportKind.ROLLOUT_DIGEST);

        view.kind.setValue(ReportKind.WEEKLY_PENDENCY);
        Recipient collector = view.recipient.getListDataView().getItems()
                .filter(r -> r.id().equals("dm-kannauj")).findFirst().orElseThrow();
        view.recipient.setValue(collector);
        test(view.preview).click();
        assertThat(view.mail.getElement().getAttribute("srcdoc")).contains("<html").contains("कन्नौज");
        assertThat(view.mail.getElement().getAttribute("sandbox")).as("the mail runs no script, has no origin").isEmpty();

        test(view.sendNow).click();
        assertThat(view.status.getText()).contains("SENT=1");
        assertThat(view.inbox.getListDataView().getItems().map(ReceivedMail::to)).containsExactly(collector.email());
        assertThat(view.deliveries.getListDataView().getItems())
                .anySatisfy(d -> {
                    assertThat(d.key().recipientId()).isEqualTo("dm-kannauj");
                    assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
                });

        // The same period again: the delivery log holds, no second mail.
        test(view.sendNow).click();
        assertThat(view.status.getText()).doesNotContain("SENT=");
        assertThat(view.inbox.getListDataView().getItems().count()).isEqualTo(1);
    }
}
