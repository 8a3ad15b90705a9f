package in.eofficemonitor.dashboard.audit;

/**
 * The words the audit trail writes in its {@code action} column. A new kind of entry is a new word here, a label
 * {@code audit.action.<WORD>} in both message bundles and one listener method in {@link AuditEvents}; the table
 * stores any word, so no migration is needed.
 */
public final class AuditActions {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGOUT = "LOGOUT";
    public static final String ACCESS_DENIED = "ACCESS_DENIED";
    public static final String EXPORT = "EXPORT";
    /** Someone the identity provider knows logged in by single sign-on, but the users file does not list them. */
    public static final String SSO_UNKNOWN_USER = "SSO_UNKNOWN_USER";

    private AuditActions() {}
}
