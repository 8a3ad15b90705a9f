package in.eofficemonitor.streamjobs.contract;

/**
 * Why a line of input was rejected to the dead letters. A fixed list: reports, dashboards and the input
 * documentation (docs/input-format.md) name these codes.
 */
public enum RejectionReason {
    /** The line is not a JSON object. */
    NOT_JSON,
    /** A required field is missing, null or empty. */
    MISSING_FIELD,
    /** {@code type} is not one of the event types. */
    UNKNOWN_TYPE,
    /** {@code kind} is not FILE or RECEIPT. */
    UNKNOWN_KIND,
    /** {@code priority} is not one of the priorities. */
    UNKNOWN_PRIORITY,
    /** {@code ts} is not ISO-8601 with an offset. */
    BAD_TIMESTAMP,
    /** CREATED for a file that already exists. */
    FILE_ALREADY_EXISTS,
    /** FORWARDED, RETURNED or CLOSED for a file nobody created. */
    FILE_UNKNOWN,
    /** FORWARDED, RETURNED or CLOSED for a file that is closed. */
    FILE_CLOSED,
    /** FORWARDED, RETURNED or CLOSED whose from_desk is not where the file is. */
    NOT_AT_DESK,
    /** REOPENED for a file that is not closed. */
    NOT_CLOSED,
    /**
     * The event is older than the out-of-order bound allows (its ts is more than the bound before the newest
     * event the stream had already delivered); applying it would rewrite history others have already read.
     */
    LATE,
    /**
     * The event's ts is more than {@code --max-ahead} after the time the stream has established, and no other
     * office confirmed such a jump (a wrong clock or a typed date); applying it would move lateness and the
     * watermarks for every office.
     */
    FUTURE_TS,
    /** The line is longer than {@code --max-line-length}; only its beginning is kept. */
    LINE_TOO_LONG,
    /** The line's bytes are not valid UTF-8; kept with each bad byte shown as U+FFFD. */
    NOT_UTF8,
    /**
     * A watched directory held a symbolic link (or a file below a linked directory, a pipe, a device) instead of a
     * regular file: it is not read, and this one line reports it.
     */
    NOT_A_REGULAR_FILE
}
