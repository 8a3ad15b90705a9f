package in.eofficemonitor.alerts.recipients;

import java.util.Objects;
import java.util.Set;

/**
 * One person who gets mails and/or logs into the dashboard: both read the same file
 * ({@link RecipientsFile}), so a Collector's mail and a Collector's dashboard show the same scope.
 *
 * @param id       stable key (the dashboard's user name); the delivery log records it
 * @param email    empty for a dashboard-only user, who then gets no mail
 * @param reports  which mails this person gets; empty = every report that fits their role
 */
public record Recipient(String id, String name, String email, Scope scope, Language language, Set<ReportKind> reports) {

    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(language, "language");
        name = name == null ? "" : name.trim();
        email = email == null ? "" : email.trim();
        reports = Set.copyOf(reports);
        if (id.isBlank()) {
            throw new IllegalArgumentException("a recipient needs an id");
        }
    }

    public Role role() {
        return scope.role();
    }

    public boolean hasEmail() {
        return !email.isEmpty();
    }

    /** Whether this person gets {@code kind} at all: needs an address, and the report must fit the role. */
    public boolean receives(ReportKind kind) {
        return hasEmail() && kind.fits(scope.role()) && (reports.isEmpty() || reports.contains(kind));
    }
}
