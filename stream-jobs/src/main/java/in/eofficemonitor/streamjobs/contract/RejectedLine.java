package in.eofficemonitor.streamjobs.contract;

import java.time.Instant;

/** A line that goes to the dead-letter table: the reason code, a readable detail, and the raw line untouched. */
public record RejectedLine(RejectionReason reason, String detail, String rawLine, String source, Instant arrivedAt) {}
