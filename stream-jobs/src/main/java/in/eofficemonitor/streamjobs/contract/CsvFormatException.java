package in.eofficemonitor.streamjobs.contract;

/**
 * A registry CSV that cannot be loaded: no header, a required column missing from it, or (when it must load whole) a
 * row that breaks a rule. An illegal argument to the command that was given the file.
 */
public class CsvFormatException extends IllegalArgumentException {
    public CsvFormatException(String message) {
        super(message);
    }
}
