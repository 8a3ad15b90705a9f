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

    /** A failure that started a lock-out of a user name or a client address. */
    public static final String LOCKED_OUT = "LOCKED_OUT";
    /** An attempt refused without checking its password, because its name or address is locked out. */
    public static final String LOGIN_REFUSED = "LOGIN_REFUSED";
    /** A changed users file put in force on the running app. */
    public static final String USERS_FILE_RELOADED = "USERS_FILE_RELOADED";
    /** A changed users file that was refused; the last good one stays in force. */
    public static final String USERS_FILE_REJECTED = "USERS_FILE_REJECTED";

    private AuditActions() {}
}
