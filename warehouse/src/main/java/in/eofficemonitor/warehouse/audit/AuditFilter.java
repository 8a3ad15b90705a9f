package in.eofficemonitor.warehouse.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * Which audit entries to read: those at or after {@code from} and before {@code to}, of one user and one action
 * when those are not blank (blank = every user, every action).
 */
public record AuditFilter(Instant from, Instant to, String user, String action) {

    public AuditFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        user = user == null ? "" : user.strip();
        action = action == null ? "" : action.strip();
    }
}
