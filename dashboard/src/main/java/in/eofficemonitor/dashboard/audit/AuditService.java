package in.eofficemonitor.dashboard.audit;

import in.eofficemonitor.warehouse.csv.Csv;
import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.dashboard.base.Formats;
import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.security.DashboardUser;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.audit.AuditEntry;
import in.eofficemonitor.warehouse.audit.AuditFilter;
import in.eofficemonitor.warehouse.audit.AuditLog;
import in.eofficemonitor.warehouse.audit.AuditPage;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The audit trail for the state team: entries of a date range (India Standard Time, both days included), of one user
 * and one action if chosen, newest first. Only a STATE user reads it; anyone else gets nothing and a denial.
 */
public final class AuditService {

    /** The most entries one page (and its CSV) gets; the page says how many match in all. */
    public static final int SHOWN = 1_000;
    static final List<String> CSV_HEADER = List.of("time_ist", "user", "action", "role", "scope", "view", "rows",
            "detail", "address");

    private final AuditLog log;
    private final CurrentUser currentUser;
    private final AccessGuard guard;

    public AuditService(AuditLog log, CurrentUser currentUser, AccessGuard guard) {
        this.log = log;
        this.currentUser = currentUser;
        this.guard = guard;
    }

    public AuditPage search(LocalDate from, LocalDate to, String user, String action) {
        if (!mayRead()) {
            return new AuditPage(List.of(), 0);
        }
        return log.search(new AuditFilter(from.atStartOfDay(SqlParams.IST).toInstant(),
                to.plusDays(1).atStartOfDay(SqlParams.IST).toInstant(), user, action), SHOWN);
    }

    /** The actions to filter by: those this version writes and any other found in the table. */
    public List<String> actions() {
        TreeSet<String> actions = new TreeSet<>(List.of(AuditActions.LOGIN, AuditActions.LOGIN_FAILED,
                AuditActions.LOGOUT, AuditActions.ACCESS_DENIED, AuditActions.EXPORT, AuditActions.SSO_UNKNOWN_USER));
        if (mayRead()) {
            actions.addAll(log.actions());
        }
        return List.copyOf(actions);
    }

    private boolean mayRead() {
        DashboardUser user = currentUser.get();
        if (user.recipient().role() != Role.STATE) {
            guard.denied(user.id(), user.scope(), "the audit trail");
            return false;
        }
        return true;
    }

    /** The CSV of exactly these entries in this order; times dd-MM-yyyy HH:mm:ss IST. */
    public static String csv(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder(Csv.line(CSV_HEADER));
        for (AuditEntry e : entries) {
            out.append(Csv.line(List.of(Formats.dateTimeSeconds(e.at()), e.user(), e.action(), e.role(), e.scope(),
                    e.view(), e.rows().isPresent() ? Long.toString(e.rows().getAsLong()) : "", e.detail(), e.address())));
        }
        return out.toString();
    }
}
