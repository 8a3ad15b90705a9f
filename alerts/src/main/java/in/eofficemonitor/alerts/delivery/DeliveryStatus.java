package in.eofficemonitor.alerts.delivery;

/**
 * States of one delivery in the log. Every change is a new row (the log is append-only, so ClickHouse
 * needs no update and the history stays readable); the latest row of a claim is its state.
 */
public enum DeliveryStatus {
    /** An instance claimed the key and will send; others keep off while the lease lasts. */
    CLAIMED,
    /** The SMTP conversation has begun. A claim left in this state may or may not have gone out. */
    SENDING,
    /** The SMTP server accepted the mail. Final. */
    SENT,
    /** A transient failure (server down, 4xx); another attempt follows after a back-off. */
    RETRYING,
    /** Given up: attempts exhausted, a permanent refusal, or an instance died mid-send. Final; shown on the dashboard. */
    FAILED,
    /** Nothing to say (no file became stuck): no mail, counted as done. Final. */
    SKIPPED,
    /**
     * The holder died while talking to the SMTP server: the mail may or may not have gone out. Final and never
     * retried automatically (that could be a second mail); shown on the dashboard for a person to check.
     */
    UNCERTAIN,
    /** This claim lost the race to another instance's earlier claim and stood down. Final, sends nothing. */
    YIELDED;

    public boolean isFinal() {
        return this != CLAIMED && this != SENDING && this != RETRYING;
    }

    /** States after which nobody may send this key again on their own. FAILED is not one: a later run retries it. */
    public boolean blocksNewClaims() {
        return this == SENT || this == SKIPPED || this == UNCERTAIN;
    }
}
