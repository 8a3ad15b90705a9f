package in.eofficemonitor.warehouse;

/** A warehouse operation failed; the message names the query or statement. */
public class WarehouseException extends RuntimeException {
    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }

    public WarehouseException(String message) {
        super(message);
    }
}
