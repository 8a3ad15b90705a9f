package in.eofficemonitor.streamjobs.contract;

/** A row of a registry CSV that was not loaded: where it starts (1-based line number), why, and its raw text. */
public record CsvRejection(String source, int lineNumber, String reason, String rawLine) {

    /** For a log or a terminal: {@code offices.csv line 12: category "SECRETARIAT" is not one of …}. */
    public String describe() {
        return source + " line " + lineNumber + ": " + reason;
    }
}
