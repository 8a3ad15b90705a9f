package in.eofficemonitor.warehouse.deadletters;

import java.time.Instant;

/** One rejected line, raw, with where it came from and why it was refused. */
public record DeadLetterSample(String reason, String source, String sourcePosition, String detail, String rawLine,
        Instant arrivedAt) {}
