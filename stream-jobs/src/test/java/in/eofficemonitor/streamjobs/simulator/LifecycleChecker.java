package in.eofficemonitor.streamjobs.simulator;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The state rules of DESIGN §3 applied to events in the order given, as a test oracle: a file is at exactly one
 * desk or closed, and an event that contradicts that gets the rejection reason the stream jobs must give it.
 */
final class LifecycleChecker {

    static final String CLOSED = "<closed>";

    private final Map<String, String> position = new HashMap<>();
    private final Set<String> eventIds = new HashSet<>();

    /** Applies the event; returns null when accepted, else the reason (the state is then unchanged). */
    RejectionReason apply(MovementEvent e) {
        String at = position.get(e.fileId());
        RejectionReason reason = switch (e.type()) {
            case CREATED -> at != null ? RejectionReason.FILE_ALREADY_EXISTS : null;
            case FORWARDED, RETURNED, CLOSED -> at == null ? RejectionReason.FILE_UNKNOWN
                    : at.equals(CLOSED) ? RejectionReason.FILE_CLOSED
                    : !at.equals(e.fromDesk()) ? RejectionReason.NOT_AT_DESK : null;
            case REOPENED -> at == null ? RejectionReason.FILE_UNKNOWN
                    : !at.equals(CLOSED) ? RejectionReason.NOT_CLOSED : null;
        };
        if (reason == null) {
            position.put(e.fileId(), e.type() == in.eofficemonitor.warehouse.movement.EventType.CLOSED ? CLOSED : e.toDesk());
        }
        return reason;
    }

    /** True the first time an event id is seen. */
    boolean firstTime(String eventId) {
        return eventIds.add(eventId);
    }

    Map<String, String> positions() {
        return position;
    }
}
