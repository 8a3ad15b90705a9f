package in.eofficemonitor.streamjobs.records;

import in.eofficemonitor.streamjobs.contract.RejectionReason;

/**
 * One raw line as a source delivered it. {@code position} is deterministic for the line (file:line,
 * topic:partition:offset, or the simulator's sequence number), so a replay after a crash names the same line
 * the same way and the rows derived from it collapse in the warehouse. {@code rejection} is set when the source
 * itself refused the line's bytes (too long, not UTF-8, {@link in.eofficemonitor.streamjobs.source.BoundedLines});
 * {@code raw} is then what is kept of it, and {@code detail} says why.
 */
public record InputLine(String source, String position, String raw, RejectionReason rejection, String detail) {

    public InputLine(String source, String position, String raw) {
        this(source, position, raw, null, null);
    }
}
