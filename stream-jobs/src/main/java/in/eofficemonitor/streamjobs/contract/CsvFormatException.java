package in.eofficemonitor.streamjobs.contract;

/** A registry CSV that cannot be read at all (no header, or a required column missing from it). */
public class CsvFormatException extends RuntimeException {
    public CsvFormatException(String message) {
        super(message);
    }
}
