package in.eofficemonitor.streamjobs.simulator;

import in.eofficemonitor.streamjobs.contract.EventLineWriter;
import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.warehouse.movement.EventType;
import java.util.EnumMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Turns the simulator's events into JSON lines of the input contract, adding the imperfections of
 * {@link NoiseOptions}. The noise has its own random stream, so the valid events are the same with or without it.
 *
 * <p>Bad lines follow the event they are made from and carry its {@code event_id} plus {@code "-x"}; each is
 * rejected with a known reason: the parser-level ones (NOT_JSON, MISSING_FIELD, UNKNOWN_TYPE, UNKNOWN_KIND,
 * UNKNOWN_PRIORITY, BAD_TIMESTAMP) by {@link in.eofficemonitor.streamjobs.contract.EventLineParser}, the
 * state-level ones (FILE_ALREADY_EXISTS, FILE_UNKNOWN, FILE_CLOSED, NOT_AT_DESK, NOT_CLOSED) by the stream jobs,
 * because they contradict the file's state right after the event they follow (same {@code ts}, and
 * {@code event_id} breaks the tie).
 */
public final class EventLines {

    /**
     * The reasons a bad line is written for, in turn. Listed rather than taken from {@code values()}: a reason
     * the stream jobs decide from arrival order alone cannot be written into a line, and must not be owed.
     */
    static final RejectionReason[] REASONS = {
        RejectionReason.NOT_JSON, RejectionReason.MISSING_FIELD, RejectionReason.UNKNOWN_TYPE,
        RejectionReason.UNKNOWN_KIND, RejectionReason.UNKNOWN_PRIORITY, RejectionReason.BAD_TIMESTAMP,
        RejectionReason.FILE_ALREADY_EXISTS, RejectionReason.FILE_UNKNOWN, RejectionReason.FILE_CLOSED,
        RejectionReason.NOT_AT_DESK, RejectionReason.NOT_CLOSED
    };

    private record Held(long release, long seq, String line, long ts) implements Comparable<Held> {
        @Override
        public int compareTo(Held o) {
            int c = Long.compare(release, o.release);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final WorldSimulator simulator;
    private final NoiseOptions noise;
    private final SplittableRandom random;
    private final PriorityQueue<Held> held = new PriorityQueue<>();
    private final Map<RejectionReason, Long> badLines = new EnumMap<>(RejectionReason.class);
    private final java.util.ArrayDeque<Held> ready = new java.util.ArrayDeque<>();
    private int nextReason;
    private final LineBytes bytes = new LineBytes();
    private final int[] owed = new int[RejectionReason.values().length];
    private long heldSeq;
    private long validEvents;
    private long duplicates;
    private long late;
    private long lastTs;
    private boolean drained;

    public EventLines(WorldSimulator simulator, NoiseOptions noise, long seed) {
        this.simulator = simulator;
        this.noise = noise;
        this.random = new SplittableRandom(seed ^ 0x6e015eL);
    }

    /** The next line, or {@code null} at the end of a bounded simulation. */
    public String nextLine() {
        if (noise.isNone()) {
            MovementEvent e = simulator.next();
            if (e == null) {
                return null;
            }
            validEvents++;
            lastTs = e.ts().getEpochSecond();
            return line(e);
        }
        while (ready.isEmpty()) {
            MovementEvent e = drained ? null : simulator.next();
            if (e == null) {
                drained = true;
                while (!held.isEmpty()) {
                    ready.add(held.poll());
                }
                if (ready.isEmpty()) {
                    return null;
                }
                break;
            }
            long ts = e.ts().getEpochSecond();
            while (!held.isEmpty() && held.peek().release() <= ts) {
                ready.add(held.poll());
            }
            validEvents++;
            String text = line(e);
            if (random.nextDouble() < noise.duplicateShare()) {
                duplicates++;
                held.add(new Held(ts + random.nextInt(60), heldSeq++, text, ts));
            }
            String badLine = random.nextDouble() < noise.badShare() ? badLine(e, text) : null;
            // An event followed by a bad line is never late: the bad line must come after it.
            if (badLine == null && noise.maxLateness().getSeconds() > 0 && random.nextDouble() < noise.lateShare()) {
                late++;
                long by = 1 + random.nextLong(Math.max(1, noise.maxLateness().getSeconds()));
                held.add(new Held(ts + by, heldSeq++, text, ts));
            } else {
                ready.add(new Held(ts, heldSeq++, text, ts));
            }
            if (badLine != null) {
                ready.add(new Held(ts, heldSeq++, badLine, ts));
            }
        }
        Held h = ready.poll();
        lastTs = h.ts();
        return h.line();
    }

    /**
     * Writes the next line with its '\n' to {@code out}; false at the end. Without noise it encodes straight to
     * bytes ({@link LineBytes}), the file mode's fast path; with noise it writes {@link #nextLine()}.
     */
    public boolean writeNextLine(java.io.OutputStream out) throws java.io.IOException {
        if (noise.isNone()) {
            MovementEvent e = simulator.next();
            if (e == null) {
                return false;
            }
            validEvents++;
            lastTs = e.ts().getEpochSecond();
            bytes.write(e, out);
            return true;
        }
        String l = nextLine();
        if (l == null) {
            return false;
        }
        out.write(l.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.write('\n');
        return true;
    }

    /** Event time (epoch second) of the line last returned; a late or duplicate line keeps its own. */
    public long lastLineSecond() {
        return lastTs;
    }

    public long validEvents() {
        return validEvents;
    }

    public long duplicates() {
        return duplicates;
    }

    public long lateEvents() {
        return late;
    }

    /** Bad lines written, per the reason they will be rejected with. */
    public Map<RejectionReason, Long> badLines() {
        return Map.copyOf(badLines);
    }

    public WorldSimulator simulator() {
        return simulator;
    }

    private static String line(MovementEvent e) {
        // A fresh builder per line: one that once held Devanagari stays UTF-16 and makes every later line slower.
        StringBuilder sb = new StringBuilder(256);
        // The simulator's ids and subjects need no JSON escaping (checked by WorldSimulator at start-up).
        EventLineWriter.appendUnescaped(sb, e);
        return sb.toString();
    }

    /**
     * A bad line made from {@code e}: first a reason owed from earlier (one that needed a kind of event, e.g. a
     * CLOSED for FILE_CLOSED, that was not at hand), else the next reason in turn, so every reason comes out about
     * equally often.
     */
    private String badLine(MovementEvent e, String text) {
        for (RejectionReason reason : REASONS) {
            if (owed[reason.ordinal()] > 0) {
                String bad = make(reason, e, text);
                if (bad != null) {
                    owed[reason.ordinal()]--;
                    badLines.merge(reason, 1L, Long::sum);
                    return bad;
                }
            }
        }
        for (int attempt = 0; attempt < REASONS.length; attempt++) {
            RejectionReason reason = REASONS[nextReason];
            nextReason = (nextReason + 1) % REASONS.length;
            String bad = make(reason, e, text);
            if (bad != null) {
                badLines.merge(reason, 1L, Long::sum);
                return bad;
            }
            owed[reason.ordinal()]++;
        }
        return null;
    }

    private String make(RejectionReason reason, MovementEvent e, String text) {
        String id = e.eventId() + "-x";
        EventType t = e.type();
        boolean move = t == EventType.FORWARDED || t == EventType.RETURNED;
        return switch (reason) {
            case NOT_JSON -> text.substring(0, text.length() / 2).replace(e.eventId(), id);
            case MISSING_FIELD -> line(copy(e, id, t, "", e.fromDesk(), e.toDesk()));
            case UNKNOWN_TYPE -> text.replace(e.eventId(), id).replace("\"type\":\"" + t.name() + "\"", "\"type\":\"MOVED\"");
            case UNKNOWN_KIND -> text.replace(e.eventId(), id).replace("\"kind\":\"" + e.kind().name() + "\"", "\"kind\":\"LETTER\"");
            case UNKNOWN_PRIORITY -> text.replace(e.eventId(), id)
                    .replace("\"priority\":\"" + e.priority().name() + "\"", "\"priority\":\"URGENT\"");
            case BAD_TIMESTAMP -> text.replace(e.eventId(), id).replace("+05:30\"", "\"");
            case FILE_ALREADY_EXISTS -> t == EventType.CREATED ? line(copy(e, id, t, e.fileId(), "", e.toDesk())) : null;
            case FILE_UNKNOWN -> move ? line(copy(e, id, t, e.fileId() + "-UNKNOWN", e.fromDesk(), e.toDesk())) : null;
            case FILE_CLOSED -> t == EventType.CLOSED
                    ? line(copy(e, id, EventType.FORWARDED, e.fileId(), e.fromDesk(), e.fromDesk()))
                    : null;
            case NOT_AT_DESK -> move ? line(copy(e, id, t, e.fileId(), e.fromDesk(), e.toDesk())) : null;
            case NOT_CLOSED -> move ? line(copy(e, id, EventType.REOPENED, e.fileId(), "", e.toDesk())) : null;
            // LATE (added by the stream jobs) is not a rewrite of a line: late lines come from the delay stage.
            case LATE -> null;
            // Decided by the stream's clock and the sources, not written by the simulator.
            case FUTURE_TS, LINE_TOO_LONG, NOT_UTF8, NOT_A_REGULAR_FILE -> null;
        };
    }

    private static MovementEvent copy(MovementEvent e, String id, EventType type, String fileId, String from, String to) {
        return new MovementEvent(id, e.ts(), type, e.kind(), fileId, e.officeId(), from, to, e.priority(), "");
    }
}
