package in.eofficemonitor.warehouse.schema;

/** A migration that already ran was edited afterwards; the schema may no longer match the file. */
public final class MigrationChecksumException extends IllegalStateException {
    public MigrationChecksumException(String message) {
        super(message);
    }
}
