package in.eofficemonitor.warehouse.trail;

import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One file's trail: "where is this file, since when, and where has it been" (a Collector's question). */
public final class TrailQueries {

    private final Warehouse warehouse;

    public TrailQueries(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * @param now the time open stays' dwell is measured to (pass the clock's now, or a past time for "as of")
     */
    /** Up to {@code limit} file ids beginning with {@code prefix}, held now by an office of {@code scope}. */
    public List<FileSuggestion> suggest(String prefix, in.eofficemonitor.warehouse.Scope scope, int limit) {
        return warehouse.query("trail/suggest", scope.addTo(SqlParams.of("prefix", prefix).and("limit", limit)),
                r -> new FileSuggestion(r.string("file_id"), r.string("office_id")));
    }

    public FileTrail trail(String fileId, Instant now) {
        SqlParams params = SqlParams.of("file_id", fileId);
        List<TrailStay> stays = warehouse.query("trail/visits", params, r -> {
            Instant arrived = r.instant("arrived_at");
            Instant left = r.instant("left_at");
            Duration dwell = Duration.between(arrived, left != null ? left : now);
            return new TrailStay(r.string("desk_id"), r.string("office_id"), r.string("designation"),
                    r.string("designation_hi"), r.string("office_name"), r.string("office_name_hi"), arrived,
                    r.string("arrived_by"), left, left == null ? null : r.string("left_by"),
                    dwell.isNegative() ? Duration.ZERO : dwell, r.instant("stuck_at"), r.instant("stuck_at_calendar"));
        });
        List<TrailEvent> events = warehouse.query("trail/events", params, r -> new TrailEvent(r.string("event_id"),
                r.instant("ts"), r.string("type"), r.string("office_id"), r.string("from_desk"), r.string("to_desk"),
                r.string("priority"), r.string("subject")));
        Optional<FilePosition> position = warehouse.queryOne("trail/position", params, r -> new FilePosition(
                r.string("file_id"), r.string("kind"), r.string("priority"), r.string("subject"),
                r.instant("created_at"), r.string("created_office_id"), r.string("status"), r.string("office_id"),
                r.string("desk_id"), r.instant("arrived_at"), r.instant("stuck_at"), r.instant("stuck_at_calendar"),
                r.instant("closed_at"), r.intValue("levels"), r.longValue("moves"), r.instant("last_event_ts")));
        return new FileTrail(fileId, position, stays, events);
    }
}
