package in.eofficemonitor.alerts.mail;

/**
 * A mail that did not go out. {@code transientFailure}: the server was unreachable or answered 4xx,
 * so a later try may work; otherwise (5xx, a bad address) retrying the same mail is pointless.
 */
public class MailSendException extends Exception {

    private final boolean transientFailure;

    public MailSendException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
