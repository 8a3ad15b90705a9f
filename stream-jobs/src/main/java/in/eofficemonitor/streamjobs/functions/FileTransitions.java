package in.eofficemonitor.streamjobs.functions;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.records.DeskVisitRow;
import in.eofficemonitor.streamjobs.records.FilePositionRow;
import in.eofficemonitor.streamjobs.records.FileState;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.streamjobs.records.MovementEventRow;
import in.eofficemonitor.streamjobs.records.SequencedEvent;
import in.eofficemonitor.streamjobs.records.StuckTransitionRow;
import in.eofficemonitor.streamjobs.records.StuckTransitionRow.Transition;
import in.eofficemonitor.streamjobs.records.WarehouseRow;
import in.eofficemonitor.warehouse.movement.EventType;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The DESIGN §3 rules for applying one event to one file, as a plain function of (state, event): no Flink in
 * here, so every rule is readable in one place and every row written is a deterministic function of the
 * file's events in order. A rejected event changes nothing and writes nothing (the caller dead-letters it).
 *
 * <p>Stuck is decided here too when an event moves a file: a stay whose threshold passed strictly before the
 * move was stuck (BECAME_STUCK at the threshold, then CLEARED at the move), whether or not the timer had fired
 * yet — so the rows do not depend on when watermarks happened to arrive.
 */
public final class FileTransitions implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final StayRules rules;

    public FileTransitions(StayRules rules) {
        this.rules = rules;
    }

    /** The file's state after the event, or why the event was rejected. */
    public record Result(FileState next, RejectionReason rejection, String detail) {
        static Result rejected(RejectionReason reason, String detail) {
            return new Result(null, reason, detail);
        }

        public boolean accepted() {
            return rejection == null;
        }
    }

    /**
     * Applies {@code in} to {@code state} (null for a file never seen), writing the rows it causes to
     * {@code out}. {@code now} is only the informational ingestion time of movement_events.
     */
    public Result apply(FileState state, SequencedEvent in, Instant now, Consumer<WarehouseRow> out) {
        MovementEvent e = in.event();
        return switch (e.type()) {
            case CREATED -> state != null
                    ? Result.rejected(RejectionReason.FILE_ALREADY_EXISTS,
                            "file " + e.fileId() + " was already created by event " + firstEventHint(state))
                    : accept(create(e, out), in, now, out);
            case FORWARDED, RETURNED -> {
                Result problem = checkMovable(state, e);
                yield problem != null ? problem : accept(move(state, e, out), in, now, out);
            }
            case CLOSED -> {
                Result problem = checkMovable(state, e);
                yield problem != null ? problem : accept(close(state, e, out), in, now, out);
            }
            case REOPENED -> {
                if (state == null) {
                    yield Result.rejected(RejectionReason.FILE_UNKNOWN, "file " + e.fileId() + " was never created");
                }
                if (!state.closed()) {
                    yield Result.rejected(RejectionReason.NOT_CLOSED,
                            "file " + e.fileId() + " is open at desk " + state.deskId() + ", not closed");
                }
                yield accept(reopen(state, e, out), in, now, out);
            }
        };
    }

    /**
     * The threshold timer of the current stay fired at {@code at}: if the file still sits in that stay, it
     * became stuck at its threshold. Returns the new state, or the same state when nothing changed.
     */
    public FileState thresholdReached(FileState state, long at, Consumer<WarehouseRow> out) {
        if (state == null || state.closed() || state.stuck() || state.effectiveStuckAt().toEpochMilli() > at) {
            return state;
        }
        out.accept(stuckRow(state, Transition.BECAME_STUCK, state.effectiveStuckAt(), ""));
        return state.markedStuck();
    }

    private static String firstEventHint(FileState state) {
        return "at " + state.createdAt();
    }

    private static Result checkMovable(FileState state, MovementEvent e) {
        if (state == null) {
            return Result.rejected(RejectionReason.FILE_UNKNOWN, "file " + e.fileId() + " was never created");
        }
        if (state.closed()) {
            return Result.rejected(RejectionReason.FILE_CLOSED,
                    "file " + e.fileId() + " was closed at " + state.closedAt() + " by desk " + state.deskId());
        }
        if (!state.deskId().equals(e.fromDesk())) {
            return Result.rejected(RejectionReason.NOT_AT_DESK,
                    "file " + e.fileId() + " is at desk " + state.deskId() + ", not at from_desk " + e.fromDesk());
        }
        return null;
    }

    private static Result accept(FileState next, SequencedEvent in, Instant now, Consumer<WarehouseRow> out) {
        out.accept(new MovementEventRow(in.event(), in.source(), now));
        out.accept(positionRow(next));
        return new Result(next, null, null);
    }

    private FileState create(MovementEvent e, Consumer<WarehouseRow> out) {
        StayRules.Placement p = rules.place(e.toDesk(), e.officeId(), e.priority(), e.ts());
        String desk = rules.canonical(e.toDesk());
        FileState next = new FileState(e.fileId(), e.kind(), e.subject(), e.ts(), rules.canonical(e.officeId()), false,
                null, desk, rules.canonical(p.officeId()), e.priority(), e.ts(), e.type(), e.eventId(), p.stuckAt(),
                p.stuckAtCalendar(), p.effectiveStuckAt(), false, new String[] {desk}, 0, 1, e.eventId(), e.ts());
        out.accept(openVisit(next));
        return next;
    }

    private FileState move(FileState s, MovementEvent e, Consumer<WarehouseRow> out) {
        leave(s, e, out);
        StayRules.Placement p = rules.place(e.toDesk(), e.officeId(), e.priority(), e.ts());
        String desk = rules.canonical(e.toDesk());
        FileState next = new FileState(s.fileId(), s.kind(), s.subject(), s.createdAt(), s.createdOfficeId(), false, null,
                desk, rules.canonical(p.officeId()), e.priority(), e.ts(), e.type(), e.eventId(), p.stuckAt(),
                p.stuckAtCalendar(), p.effectiveStuckAt(), false, visited(s.desksVisited(), desk),
                s.moves() + 1, s.version() + 1, e.eventId(), e.ts());
        out.accept(openVisit(next));
        return next;
    }

    private FileState close(FileState s, MovementEvent e, Consumer<WarehouseRow> out) {
        leave(s, e, out);
        return new FileState(s.fileId(), s.kind(), s.subject(), s.createdAt(), s.createdOfficeId(), true, e.ts(), s.deskId(),
                s.officeId(), s.priority(), s.arrivedAt(), s.arrivedBy(), s.arrivedEventId(), s.stuckAt(),
                s.stuckAtCalendar(), s.effectiveStuckAt(), s.stuck() || wasStuckBefore(s, e.ts()),
                s.desksVisited(), s.moves(), s.version() + 1, e.eventId(), e.ts());
    }

    private FileState reopen(FileState s, MovementEvent e, Consumer<WarehouseRow> out) {
        StayRules.Placement p = rules.place(e.toDesk(), e.officeId(), e.priority(), e.ts());
        String desk = rules.canonical(e.toDesk());
        FileState next = new FileState(s.fileId(), s.kind(), s.subject(), s.createdAt(), s.createdOfficeId(), false, null,
                desk, rules.canonical(p.officeId()), e.priority(), e.ts(), e.type(), e.eventId(), p.stuckAt(),
                p.stuckAtCalendar(), p.effectiveStuckAt(), false, visited(s.desksVisited(), desk),
                s.moves(), s.version() + 1, e.eventId(), e.ts());
        out.accept(openVisit(next));
        return next;
    }

    /** The file leaves its current stay: stuck bookkeeping, then the stay's closed row. */
    private static void leave(FileState s, MovementEvent e, Consumer<WarehouseRow> out) {
        boolean becameStuck = wasStuckBefore(s, e.ts());
        if (becameStuck) {
            out.accept(stuckRow(s, Transition.BECAME_STUCK, s.effectiveStuckAt(), ""));
        }
        if (s.stuck() || becameStuck) {
            out.accept(stuckRow(s, Transition.CLEARED, e.ts(), e.eventId()));
        }
        out.accept(new DeskVisitRow(s.fileId(), s.kind(), s.priority(), s.officeId(), s.deskId(), s.arrivedAt(),
                s.arrivedBy(), s.arrivedEventId(), s.stuckAt(), s.stuckAtCalendar(), e.ts(), e.type(), e.eventId(), 2));
    }

    /** A stay not yet marked stuck whose threshold passed strictly before {@code leftAt}. */
    private static boolean wasStuckBefore(FileState s, Instant leftAt) {
        return !s.stuck() && s.effectiveStuckAt().isBefore(leftAt);
    }

    private static String[] visited(String[] desks, String desk) {
        for (String d : desks) {
            if (d.equals(desk)) {
                return desks;
            }
        }
        String[] more = Arrays.copyOf(desks, desks.length + 1);
        more[desks.length] = desk;
        return more;
    }

    private static DeskVisitRow openVisit(FileState s) {
        return new DeskVisitRow(s.fileId(), s.kind(), s.priority(), s.officeId(), s.deskId(), s.arrivedAt(),
                s.arrivedBy(), s.arrivedEventId(), s.stuckAt(), s.stuckAtCalendar(), null, null, "", 1);
    }

    private static StuckTransitionRow stuckRow(FileState s, Transition t, Instant at, String eventId) {
        return new StuckTransitionRow(s.fileId(), s.kind(), s.priority(), s.officeId(), s.deskId(),
                s.arrivedAt(), t, at, eventId);
    }

    private static FilePositionRow positionRow(FileState s) {
        return new FilePositionRow(s.fileId(), s.kind(), s.priority(), s.subject(), s.createdAt(),
                s.createdOfficeId(), s.closed(), s.officeId(), s.deskId(), s.arrivedAt(), s.stuckAt(),
                s.stuckAtCalendar(), s.closedAt(), s.desksVisited().length, s.moves(), s.lastEventId(),
                s.lastEventTs(), s.version());
    }
}
