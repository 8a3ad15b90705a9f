package in.eofficemonitor.dashboard.security;

import in.eofficemonitor.alerts.recipients.Recipient;
import java.util.Objects;

/**
 * A person who may log in: the alerts' recipient record (id, name, role, scope, language: one file serves the
 * mails and the dashboard) plus the BCrypt hash of their password.
 */
public record DashboardUser(Recipient recipient, String passwordHash) {

    public DashboardUser {
        Objects.requireNonNull(recipient, "recipient");
        if (passwordHash == null || !passwordHash.startsWith("$2")) {
            throw new IllegalArgumentException("user '" + recipient.id() + "' needs a BCrypt password_hash ($2a$/$2b$/$2y$…)");
        }
    }

    public String id() {
        return recipient.id();
    }

    public UserScope scope() {
        return UserScope.of(recipient.scope());
    }
}
