package in.eofficemonitor.warehouse.health;

import java.time.Duration;

/**
 * Whether the warehouse answered a trivial query, and how fast. When it did not, {@code error} says why (the
 * connection refused, a timeout, a failed login) and the other fields are empty.
 */
public record WarehousePing(boolean reachable, String version, Duration answeredIn, String error) {

    static WarehousePing answered(String version, Duration answeredIn) {
        return new WarehousePing(true, version, answeredIn, "");
    }

    static WarehousePing unreachable(String error, Duration triedFor) {
        return new WarehousePing(false, "", triedFor, error);
    }
}
