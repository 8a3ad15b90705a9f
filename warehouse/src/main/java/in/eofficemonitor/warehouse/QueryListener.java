package in.eofficemonitor.warehouse;

import java.time.Duration;

/**
 * Told about every named query the warehouse runs, e.g. to feed a Micrometer timer per query name
 * ({@code Timer.builder("warehouse.query").tag("query", name)}) without the warehouse depending on Micrometer.
 */
@FunctionalInterface
public interface QueryListener {

    /**
     * @param name the query's resource name, e.g. {@code pendency/by_desk}
     * @param elapsed from sending the query to the last row mapped
     * @param rows rows returned (0 when it failed)
     * @param failure the error, or {@code null} when it succeeded
     */
    void queryFinished(String name, Duration elapsed, int rows, Throwable failure);
}
