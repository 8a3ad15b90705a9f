package in.eofficemonitor.warehouse.trail;

import java.time.Instant;

/** One accepted movement event of a file, as applied. */
public record TrailEvent(String eventId, Instant ts, String type, String officeId, String fromDesk, String toDesk,
        String priority, String subject) {}
