package in.eofficemonitor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.alerts.mail.SmtpConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertsConfigTest {

    @Test
    void defaultsAreTheEmbeddedSetupWithMondayNineIst() {
        AlertsConfig c = AlertsConfig.defaults();
        assertThat(c.embeddedSmtp()).isTrue();
        assertThat(c.weeklyCron()).isEqualTo("0 0 9 ? * MON");
        assertThat(c.escalationCron()).isEqualTo("0 0 10 ? * MON-SAT");
        assertThat(c.zone().getId()).isEqualTo("Asia/Kolkata");
        assertThat(c.retry().maxAttempts()).isEqualTo(6);
        assertThat(c.recipientsFile()).isEmpty();
    }

    @Test
    void readsARealRelayWithStartTlsAndQuartzJdbcSettings() {
        AlertsConfig c = AlertsConfig.from(Map.of(
                "alerts.smtp.embedded", "false",
                "alerts.smtp.host", "smtp.up.gov.in",
                "alerts.smtp.port", "587",
                "alerts.smtp.security", "starttls_required",
                "alerts.smtp.user", "monitor",
                "alerts.smtp.password", "secret",
                "alerts.escalation.time", "16:30",
                "alerts.recipients-file", "/etc/eoffice/users.csv",
                "alerts.quartz.jobStore.isClustered", "true",
                "alerts.retry.first-backoff-seconds", "10"));
        assertThat(c.embeddedSmtp()).isFalse();
        assertThat(c.smtp().host()).isEqualTo("smtp.up.gov.in");
        assertThat(c.smtp().port()).isEqualTo(587);
        assertThat(c.smtp().security()).isEqualTo(SmtpConfig.Security.STARTTLS_REQUIRED);
        assertThat(c.smtp().authenticates()).isTrue();
        assertThat(c.smtp().toString()).doesNotContain("secret");
        assertThat(c.escalationTime()).isEqualTo(LocalTime.of(16, 30));
        assertThat(c.escalationCron()).isEqualTo("0 30 16 ? * MON-SAT");
        assertThat(c.recipientsFile()).contains(Path.of("/etc/eoffice/users.csv"));
        assertThat(c.quartz().getProperty("org.quartz.jobStore.isClustered")).isEqualTo("true");
        assertThat(c.retry().backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
    }
}
