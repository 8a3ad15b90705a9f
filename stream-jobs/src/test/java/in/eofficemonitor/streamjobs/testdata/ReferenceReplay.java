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
    public long future;
    /** Of {@link #future}, the events still waiting for a confirmation at the end (a live job still holds them). */
    public long heldAtEnd;
    public long accepted;
    public final Map<String, Long> rejectedByReason = new TreeMap<>();
    public final List<Stay> stays = new ArrayList<>();

    /** With the default limit on events ahead of the stream (one day). */
    public static ReferenceReplay of(List<GeneratedMovements.Line> lines, Duration bound) {
        return of(lines, bound, Duration.ofDays(1));
    }

    /**
     * An event more than {@code maxAhead} after the newest ts let through waits; an event of another office, also
     * ahead and within {@code maxAhead} of a waiting one, lets the waiting ones within {@code maxAhead} of it through
     * (the newest ts becomes the earliest of them, then each is judged in input order) before itself. One that waits
     * more than 10,000 events, or still waits at the end, is FUTURE_TS.
     */
    public static ReferenceReplay of(List<GeneratedMovements.Line> lines, Duration bound, Duration maxAhead) {
        ReferenceReplay r = new ReferenceReplay();
        long ahead = maxAhead.toMillis();
        long[] newest = {Long.MIN_VALUE};
        record Waiting(MovementEvent e, long index) {}
        List<Waiting> waiting = new ArrayList<>();
        List<Object[]> letGo = new ArrayList<>(); // {event, "ON_TIME" | "LATE" | "FUTURE"}
        java.util.function.Consumer<MovementEvent> judge = e -> {
            long ts = e.ts().toEpochMilli();
            if (newest[0] != Long.MIN_VALUE && ts < newest[0] - bound.toMillis()) {
                letGo.add(new Object[] {e, "LATE"});
            } else {
                newest[0] = Math.max(newest[0], ts);
                letGo.add(new Object[] {e, "ON_TIME"});
            }
        };
        long index = 0;
        for (GeneratedMovements.Line line : lines) {
            MovementEvent e = line.event();
            if (e == null) {
                r.parseRejected++;
                continue;
            }
            index++;
            long now = index;
            waiting.removeIf(w -> {
                if (now - w.index() > 10_000) {
                    letGo.add(new Object[] {w.e(), "FUTURE"});
                    return true;
                }
                return false;
            });
            long ts = e.ts().toEpochMilli();
            if (newest[0] == Long.MIN_VALUE || ts <= newest[0] + ahead) {
                judge.accept(e);
                continue;
            }
            List<Waiting> near = waiting.stream()
                    .filter(w -> Math.abs(w.e().ts().toEpochMilli() - ts) <= ahead).toList();
            if (near.stream().noneMatch(w -> !w.e().officeId().equals(e.officeId()))) {
                waiting.add(new Waiting(e, index));
                continue;
            }
            newest[0] = Math.min(ts, near.stream().mapToLong(w -> w.e().ts().toEpochMilli()).min().orElse(ts));
            List<Waiting> still = new ArrayList<>();
            for (Waiting w : waiting) {
                if (w.e().ts().toEpochMilli() <= newest[0] + ahead) {
                    judge.accept(w.e());
                } else {
                    still.add(w);
                }
            }
            waiting.clear();
            waiting.addAll(still);
            judge.accept(e);
        }
        r.heldAtEnd = waiting.size();
        waiting.forEach(w -> letGo.add(new Object[] {w.e(), "FUTURE"}));

        Set<String> seen = new HashSet<>();
        Map<String, List<MovementEvent>> byFile = new HashMap<>();
        for (Object[] g : letGo) {
            MovementEvent e = (MovementEvent) g[0];
            if (seen.contains(e.eventId())) {
                r.duplicates++;
            } else if (g[1].equals("FUTURE")) {
                r.future++;
            } else if (g[1].equals("LATE")) {
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
