package in.eofficemonitor.alerts.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relay over TLS (SMTPS) that wants a login, as a state data centre's relay does: GreenMail with a certificate
 * for 127.0.0.1 made here by the JDK's keytool, trusted through {@code alerts.smtp.trust-store}. (GreenMail has no
 * STARTTLS, so STARTTLS itself is exercised only as configuration; its certificate checks are the same code.)
 */
class TlsRelayIT {

    private static final String STORE_PASSWORD = "relay-store-pw";

    @TempDir
    static Path tmp;

    private static GreenMail relay;
    private static int port;
    private static Path trustStore;
    private static Path strangerStore;

    @BeforeAll
    static void startRelay() throws Exception {
        Path relayKeys = tmp.resolve("relay.p12");
        keytool("-genkeypair", "-alias", "relay", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=IP:127.0.0.1,DNS:localhost",
                "-keystore", relayKeys.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
        Path cert = tmp.resolve("relay.cer");
        keytool("-exportcert", "-alias", "relay", "-keystore", relayKeys.toString(), "-storepass", STORE_PASSWORD,
                "-file", cert.toString());
        trustStore = tmp.resolve("trust.p12");
        keytool("-importcert", "-noprompt", "-alias", "relay", "-file", cert.toString(), "-keystore",
                trustStore.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
        // a store that trusts some other certificate only
        Path stranger = tmp.resolve("stranger.p12");
        keytool("-genkeypair", "-alias", "other", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=IP:127.0.0.1", "-keystore", stranger.toString(),
                "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
        Path strangerCert = tmp.resolve("other.cer");
        keytool("-exportcert", "-alias", "other", "-keystore", stranger.toString(), "-storepass", STORE_PASSWORD,
                "-file", strangerCert.toString());
        strangerStore = tmp.resolve("stranger-trust.p12");
        keytool("-importcert", "-noprompt", "-alias", "other", "-file", strangerCert.toString(), "-keystore",
                strangerStore.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);

        System.setProperty("greenmail.tls.keystore.file", relayKeys.toString());
        System.setProperty("greenmail.tls.keystore.password", STORE_PASSWORD);
        System.setProperty("greenmail.tls.key.password", STORE_PASSWORD);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        relay = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("monitor@up.example", "monitor", "s3cret"));
        relay.start();
    }

    @AfterAll
    static void stopRelay() {
        if (relay != null) {
            relay.stop();
        }
    }

    @Test
    void aMailGoesOverTlsWithTheLoginToARelayTheTrustStoreVouchesFor() throws Exception {
        SmtpMailSender sender = new SmtpMailSender(relayConfig("monitor", "s3cret").trusting(trustStore, STORE_PASSWORD),
                Clock.systemUTC());

        String id = sender.send("dm-kannauj@up.example", "जिलाधिकारी कन्नौज", mail(), "<tls-1@eoffice-monitor>", Map.of());

        assertThat(relay.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage received = relay.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo(id);
        assertThat(received.getSubject()).isEqualTo("साप्ताहिक लंबित फ़ाइल रिपोर्ट");
    }

    @Test
    void aWrongPasswordIsALastingFailureNotRetried() {
        SmtpMailSender sender = new SmtpMailSender(relayConfig("monitor", "wrong").trusting(trustStore, STORE_PASSWORD),
                Clock.systemUTC());

        assertThatThrownBy(() -> sender.send("dm-kannauj@up.example", "", mail(), "<tls-2@eoffice-monitor>", Map.of()))
                .isInstanceOfSatisfying(MailSendException.class, e -> assertThat(e.isTransient()).isFalse());
    }

    @Test
    void aRelayWhoseCertificateTheStoreDoesNotHoldIsRefused() {
        SmtpMailSender sender = new SmtpMailSender(relayConfig("monitor", "s3cret").trusting(strangerStore, STORE_PASSWORD),
                Clock.systemUTC());

        assertThatThrownBy(() -> sender.send("dm-kannauj@up.example", "", mail(), "<tls-3@eoffice-monitor>", Map.of()))
                .isInstanceOfSatisfying(MailSendException.class, e -> assertThat(e.isTransient()).isFalse())
                .hasStackTraceContaining("SSLHandshakeException");
    }

    @Test
    void theTrustStoreIsReadFromTheSettings() {
        SmtpConfig c = SmtpConfig.fromSettings(Map.of("alerts.smtp.security", "ssl", "alerts.smtp.trust-store",
                trustStore.toString(), "alerts.smtp.trust-store-password", STORE_PASSWORD), "alerts.smtp.");

        assertThat(c.trustStore()).isEqualTo(trustStore);
        assertThat(c.toString()).contains("trusting").doesNotContain(STORE_PASSWORD);
    }

    private static SmtpConfig relayConfig(String user, String password) {
        return new SmtpConfig("127.0.0.1", port, SmtpConfig.Security.SSL, user, password, "monitor@up.example",
                "e-Office Monitor", Duration.ofSeconds(5));
    }

    private static MailContent mail() {
        return new MailContent("साप्ताहिक लंबित फ़ाइल रिपोर्ट", "<p>नमस्ते</p>", "नमस्ते", List.of(), List.of());
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + out);
        }
    }
}
