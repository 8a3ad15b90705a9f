package in.eofficemonitor.warehouse.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One line of the audit trail: who did what, when, from where, in which view and scope.
 *
 * @param user the user name as given (also a name that does not exist, for a failed login)
 * @param action what happened, e.g. {@code LOGIN}, {@code EXPORT}; free text so a new kind needs no schema change
 * @param role the user's role, empty when unknown (a failed login)
 * @param scope the district or office the user's role is limited to, empty for the state or when unknown
 * @param view the view or path concerned, empty when none
 * @param rows how many rows an export carried; empty for everything that is not an export
 * @param detail what else the reader needs (the export's file name, why a login failed)
 * @param address the client's address as the server saw it
 */
public record AuditEntry(Instant at, String user, String action, String role, String scope, String view,
        OptionalLong rows, String detail, String address) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        user = Objects.requireNonNullElse(user, "");
        role = Objects.requireNonNullElse(role, "");
        scope = Objects.requireNonNullElse(scope, "");
        view = Objects.requireNonNullElse(view, "");
        rows = Objects.requireNonNullElse(rows, OptionalLong.empty());
        detail = Objects.requireNonNullElse(detail, "");
        address = Objects.requireNonNullElse(address, "");
    }
}
