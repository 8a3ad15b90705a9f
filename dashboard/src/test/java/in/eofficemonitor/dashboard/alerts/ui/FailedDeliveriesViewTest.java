package in.eofficemonitor.dashboard.alerts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.alerts.Alerts;
import in.eofficemonitor.alerts.AlertsConfig;
import in.eofficemonitor.alerts.delivery.DeliveryService;
import in.eofficemonitor.alerts.delivery.DeliveryStatus;
import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.health.ui.HealthViews;
import in.eofficemonitor.dashboard.security.UserDirectory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A mail that cannot go out because the SMTP server is down is not left as one row among the delivery log's
 * newest: the alerts view counts it in a banner and the health view in a line. A second instance of the alerts
 * (as a second app instance would be) sends through a mail server that is not there, into the same delivery log
 * in the real embedded warehouse that this app's views read.
 */
@WithMockUser(username = "cs", roles = "STATE")
class FailedDeliveriesViewTest extends DashboardTestBase {

    @Autowired
    UserDirectory users;

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void aMailThatCannotGoOutIsCountedOnTheAlertsViewAndTheHealthView() throws IOException {
        Map<String, String> smtpDown = Map.of("alerts.smtp.embedded", "false", "alerts.smtp.host", "127.0.0.1",
                "alerts.smtp.port", String.valueOf(closedPort()), "alerts.smtp.timeout-seconds", "2",
                "alerts.retry.max-attempts", "2", "alerts.retry.first-backoff-seconds", "0",
                "alerts.retry.max-backoff-seconds", "0", "alerts.instance", "second-instance-smtp-down",
                "alerts.catch-up", "false");
        List<DeliveryService.Result> sent;
        try (Alerts second = Alerts.create(AlertsConfig.from(smtpDown), warehouse, Optional.of(users::recipients),
                Clock.systemUTC())) {
            sent = second.sendNow(users.find("cs").orElseThrow().recipient(), ReportKind.WEEKLY_PENDENCY,
                    Optional.of("dm-lucknow"));
        }
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(DeliveryService.Outcome.FAILED);
            assertThat(r.attempts()).isEqualTo(2);
        });

        AlertsView view = navigate(AlertsView.class);
        assertThat(view.failedBanner.isVisible()).isTrue();
        assertThat(view.failedSummary.getText()).matches("\\d+ alert mails failed for good and \\d+ may or may not have gone out.*");
        assertThat(view.failures.getListDataView().getItems()).anySatisfy(f -> {
            assertThat(f.key().recipientId()).isEqualTo("dm-lucknow");
            assertThat(f.key().report()).isEqualTo(ReportKind.WEEKLY_PENDENCY);
            assertThat(f.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(f.error()).contains("could not send");
        });
        long failed = view.failures.getListDataView().getItems().filter(f -> f.status() == DeliveryStatus.FAILED).count();
        assertThat(view.failedSummary.getText()).startsWith(failed + " alert mails failed for good");

        assertThat(HealthViews.failedDeliveriesLine(this)).startsWith("Alert mails failed for good: " + failed + ";")
                .contains("Alert mails");
    }
}
