package in.eofficemonitor.warehouse.embedded;

/**
 * The test JVM's one embedded engine ({@link TestWarehouse}), for integration tests outside this package:
 * chDB serves one data directory per process, so every IT shares it and keeps to its own database.
 */
public final class SharedTestEngine {

    private SharedTestEngine() {}

    /** The HTTP root of the shared engine, e.g. {@code http://127.0.0.1:40123/}. */
    public static String httpRoot() {
        return TestWarehouse.get().httpUri().toString();
    }

    /** Stops the shared engine and starts it again on the same data directory; returns the new HTTP root. */
    public static String restart() {
        return TestWarehouse.restart().httpUri().toString();
    }
}
