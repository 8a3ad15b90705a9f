package in.eofficemonitor.alerts.mail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how mails go out. Read from {@code alerts.smtp.*} settings (docs/alerts.md):
 * host, port, security (NONE, STARTTLS, STARTTLS_REQUIRED, SSL), user, password, from, from-name, timeout, and a
 * trust store for a relay whose certificate an internal CA signed (a state data centre's relay usually is): without
 * one, the JDK's CAs decide. The relay's name is always checked against its certificate.
 */
public record SmtpConfig(String host, int port, Security security, String user, String password,
                         String fromAddress, String fromName, Duration timeout, Path trustStore,
                         String trustStorePassword) {

    public enum Security { NONE, STARTTLS, STARTTLS_REQUIRED, SSL }

    public SmtpConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(fromAddress, "fromAddress");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        fromName = fromName == null ? "" : fromName;
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
        trustStorePassword = trustStorePassword == null ? "" : trustStorePassword;
    }

    /** With the JDK's CAs. */
    public SmtpConfig(String host, int port, Security security, String user, String password, String fromAddress,
                      String fromName, Duration timeout) {
        this(host, port, security, user, password, fromAddress, fromName, timeout, null, "");
    }

    /** The same relay, trusting the certificates in a PKCS12 (or JKS) trust store. */
    public SmtpConfig trusting(Path store, String storePassword) {
        return new SmtpConfig(host, port, security, user, password, fromAddress, fromName, timeout, store, storePassword);
    }

    /** A plain server on loopback, as the embedded GreenMail and the tests use. */
    public static SmtpConfig plain(String host, int port, String fromAddress) {
        return new SmtpConfig(host, port, Security.NONE, "", "", fromAddress, "e-Office Monitor", Duration.ofSeconds(10));
    }

    /** From settings named {@code prefix + "host"} etc.; absent ones take the defaults of a local relay. */
    public static SmtpConfig fromSettings(Map<String, String> settings, String prefix) {
        return new SmtpConfig(
                settings.getOrDefault(prefix + "host", "127.0.0.1"),
                Integer.parseInt(settings.getOrDefault(prefix + "port", "25")),
                Security.valueOf(settings.getOrDefault(prefix + "security", "NONE").toUpperCase(java.util.Locale.ROOT)),
                settings.getOrDefault(prefix + "user", ""),
                settings.getOrDefault(prefix + "password", ""),
                settings.getOrDefault(prefix + "from", "eoffice-monitor@localhost"),
                settings.getOrDefault(prefix + "from-name", "e-Office Monitor"),
                Duration.ofSeconds(Long.parseLong(settings.getOrDefault(prefix + "timeout-seconds", "20"))),
                settings.getOrDefault(prefix + "trust-store", "").isBlank() ? null
                        : Path.of(settings.get(prefix + "trust-store").strip()),
                settings.getOrDefault(prefix + "trust-store-password", ""));
    }

    public boolean authenticates() {
        return !user.isEmpty();
    }

    @Override
    public String toString() { // never print the password
        return "SmtpConfig[" + host + ":" + port + ", " + security + (authenticates() ? ", user " + user : "")
                + (trustStore != null ? ", trusting " + trustStore : "") + "]";
    }
}
