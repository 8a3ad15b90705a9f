package in.eofficemonitor.streamjobs.testdata;

import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The straightforward computation the end-to-end tests compare the warehouse with: walk the lines in order
 * (drop repeats, drop late ones), sort each file's events by (ts, event_id), replay the DESIGN §3 rules on a
 * plain map, and list every stay. Written separately from the job on purpose; thresholds are calendar days.
 */
public final class ReferenceReplay {

    /** One stay of a file at a desk; {@code left} is null while it is still there. */
    public record Stay(String fileId, String deskId, Priority priority, Instant arrived, Instant left) {}

    public long parseRejected;
    public long duplicates;
    public long late;
    public long accepted;
    public final Map<String, Long> rejectedByReason = new TreeMap<>();
    public final List<Stay> stays = new ArrayList<>();

    public static ReferenceReplay of(List<GeneratedMovements.Line> lines, Duration bound) {
        ReferenceReplay r = new ReferenceReplay();
        long newest = Long.MIN_VALUE;
        Set<String> seen = new HashSet<>();
        Map<String, List<MovementEvent>> byFile = new HashMap<>();
        for (GeneratedMovements.Line line : lines) {
            MovementEvent e = line.event();
            if (e == null) {
                r.parseRejected++;
                continue;
            }
            long ts = e.ts().toEpochMilli();
            boolean isLate = newest != Long.MIN_VALUE && ts < newest - bound.toMillis();
            newest = Math.max(newest, ts);
            if (seen.contains(e.eventId())) {
                r.duplicates++;
            } else if (isLate) {
                r.late++;
            } else {
                seen.add(e.eventId());
                byFile.computeIfAbsent(e.fileId(), k -> new ArrayList<>()).add(e);
            }
        }
        for (List<MovementEvent> events : byFile.values()) {
            events.sort(Comparator.comparing(MovementEvent::ts).thenComparing(MovementEvent::eventId));
            r.replay(events);
        }
        return r;
    }

    private void replay(List<MovementEvent> events) {
        boolean exists = false;
        boolean closed = false;
        Stay current = null;
        for (MovementEvent e : events) {
            String reason = null;
            switch (e.type()) {
                case CREATED -> reason = exists ? "FILE_ALREADY_EXISTS" : null;
                case FORWARDED, RETURNED, CLOSED -> reason = !exists ? "FILE_UNKNOWN"
                        : closed ? "FILE_CLOSED"
                        : !current.deskId().equals(e.fromDesk()) ? "NOT_AT_DESK" : null;
                case REOPENED -> reason = !exists ? "FILE_UNKNOWN" : !closed ? "NOT_CLOSED" : null;
            }
            if (reason != null) {
                rejectedByReason.merge(reason, 1L, Long::sum);
                continue;
            }
            accepted++;
            if (current != null && !closed) {
                stays.add(new Stay(current.fileId(), current.deskId(), current.priority(), current.arrived(), e.ts()));
                current = null;
            }
            if (e.type() == EventType.CLOSED) {
                closed = true;
            } else {
                exists = true;
                closed = false;
                current = new Stay(e.fileId(), e.toDesk(), e.priority(), e.ts(), null);
            }
        }
        if (current != null && !closed) {
            stays.add(current);
        }
    }

    /** Files and receipts at each desk at {@code t}. */
    public Map<String, Long> pendencyByDesk(Instant t) {
        Map<String, Long> byDesk = new TreeMap<>();
        for (Stay s : stays) {
            if (!s.arrived().isAfter(t) && (s.left() == null || s.left().isAfter(t))) {
                byDesk.merge(s.deskId(), 1L, Long::sum);
            }
        }
        return byDesk;
    }

    /** "file_id@desk_id" of every item stuck at {@code t} (calendar-day thresholds 7 / 3 / 1). */
    public Set<String> stuckAt(Instant t) {
        Set<String> stuck = new java.util.TreeSet<>();
        for (Stay s : stays) {
            int days = switch (s.priority()) {
                case NORMAL -> 7;
                case IMMEDIATE -> 3;
                case MOST_IMMEDIATE -> 1;
            };
            Instant threshold = s.arrived().plus(Duration.ofDays(days));
            if (!threshold.isAfter(t) && (s.left() == null || s.left().isAfter(t))) {
                stuck.add(s.fileId() + "@" + s.deskId());
            }
        }
        return stuck;
    }
}
