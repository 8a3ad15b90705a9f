package in.eofficemonitor.dashboard.security;

import in.eofficemonitor.alerts.recipients.Recipient;
import java.util.Objects;

/**
 * A person who may log in: the alerts' recipient record (id, name, role, scope, language: one file serves the
 * mails and the dashboard) plus the BCrypt hash of their password — empty for a user who logs in only by single
 * sign-on (allowed only when single sign-on is configured; {@link UserDirectory} decides).
 */
public record DashboardUser(Recipient recipient, String passwordHash) {

    public DashboardUser {
        Objects.requireNonNull(recipient, "recipient");
        passwordHash = passwordHash == null ? "" : passwordHash;
        if (!passwordHash.isEmpty() && !passwordHash.startsWith("$2")) {
            throw new IllegalArgumentException("user '" + recipient.id() + "' needs a BCrypt password_hash ($2a$/$2b$/$2y$…)");
        }
    }

    /** Whether the login form may log this user in (a single-sign-on-only user has no password). */
    public boolean hasPassword() {
        return !passwordHash.isEmpty();
    }

    public String id() {
        return recipient.id();
    }

    public UserScope scope() {
        return UserScope.of(recipient.scope());
    }
}
