package in.eofficemonitor.warehouse.health;

import java.time.Instant;

/**
 * An office or desk id that accepted events name but the registry does not know: accepted (DESIGN §3) and shown
 * on the health view until the registry catches up. {@code officeId} is, for a desk, the office of the latest
 * event that named it.
 */
public record UnregisteredId(Kind kind, String id, String officeId, Instant firstSeen, Instant lastSeen) {

    public enum Kind { OFFICE, DESK }
}
