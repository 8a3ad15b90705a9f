package in.eofficemonitor.warehouse.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One rejected line, with where it came from and why it was refused: {@code rawLine} is its beginning (at most
 * {@link DeadLetterQueries#SHOWN_CHARS} characters), {@code rawBytes} the size of the whole line as stored, and
 * {@code officeId} the office the line names, if it is JSON that names one (else empty).
 */
public record DeadLetterSample(String reason, String source, String sourcePosition, String detail, String rawLine,
        long rawBytes, String officeId, Instant arrivedAt) {

    /** The raw line as shown: its beginning, and when that is not all of it, how long it is. */
    public String rawShown() {
        return rawLine.getBytes(StandardCharsets.UTF_8).length < rawBytes
                ? rawLine + " … (" + rawBytes + " bytes in all)"
                : rawLine;
    }
}
