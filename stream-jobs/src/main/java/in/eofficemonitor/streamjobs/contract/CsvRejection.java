package in.eofficemonitor.streamjobs.contract;

/**
 * A row of a registry CSV that was not loaded: where it starts (1-based line number), why, and its raw text. For a
 * malformed record (a quote not closed, text after a closing quote) {@code lineNumber} and {@code column} point at
 * the character where it breaks; {@code column} is 0 when the problem is the row as a whole.
 */
public record CsvRejection(String source, int lineNumber, int column, String reason, String rawLine) {

    public CsvRejection(String source, int lineNumber, String reason, String rawLine) {
        this(source, lineNumber, 0, reason, rawLine);
    }

    /** The rejection of {@code record} for {@code problem}: at the malformed character when that is the problem. */
    public static CsvRejection of(String source, CsvRecords.CsvRecord record, String problem) {
        return problem.equals(record.error())
                ? new CsvRejection(source, record.errorLine(), record.errorColumn(), problem, record.raw())
                : new CsvRejection(source, record.lineNumber(), 0, problem, record.raw());
    }

    /** For a log or a terminal: {@code offices.csv line 12: category "SECRETARIAT" is not one of …}. */
    public String describe() {
        return source + " line " + lineNumber + (column > 0 ? " column " + column : "") + ": " + reason;
    }
}
