package in.eofficemonitor.streamjobs.records;

/**
 * One raw line as a source delivered it. {@code position} is deterministic for the line (file:line,
 * topic:partition:offset, or the simulator's sequence number), so a replay after a crash names the same line
 * the same way and the rows derived from it collapse in the warehouse.
 */
public record InputLine(String source, String position, String raw) {}
