package in.eofficemonitor.warehouse.movement;

/** What happened to a file or receipt (DESIGN §3, input contract). */
public enum EventType {
    /** The item starts at to_desk. */
    CREATED,
    /** from_desk hands it to to_desk, possibly in another office. */
    FORWARDED,
    /** Like FORWARDED, but a send-back down the hierarchy. */
    RETURNED,
    /** from_desk closes it; it leaves every desk. */
    CLOSED,
    /** A closed item comes back to to_desk. */
    REOPENED
}
