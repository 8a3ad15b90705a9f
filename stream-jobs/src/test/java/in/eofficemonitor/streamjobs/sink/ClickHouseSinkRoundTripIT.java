package in.eofficemonitor.streamjobs.sink;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.job.CheckpointSettings;
import in.eofficemonitor.streamjobs.job.LocalFlink;
import in.eofficemonitor.streamjobs.records.DeadLetterRow;
import in.eofficemonitor.streamjobs.records.DeskVisitRow;
import in.eofficemonitor.streamjobs.records.DuplicateRow;
import in.eofficemonitor.streamjobs.records.FilePositionRow;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.streamjobs.records.MovementEventRow;
import in.eofficemonitor.streamjobs.records.StuckTransitionRow;
import in.eofficemonitor.streamjobs.records.StuckTransitionRow.Transition;
import in.eofficemonitor.streamjobs.records.WarehouseRow;
import in.eofficemonitor.streamjobs.records.WarehouseRows;
import in.eofficemonitor.streamjobs.testdata.JobsTestWarehouse;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every row type through the sink's RowBinary inserts into the real engine over its HTTP interface, and back
 * through JDBC: every enum name, nulls, non-ASCII and control characters, milliseconds, the largest counters,
 * and the rows of a batch that replace each other. The expected text is built here from the rows, not by the
 * sink's code.
 */
class ClickHouseSinkRoundTripIT {

    private static final Instant T0 = Instant.parse("2026-11-20T04:45:00.123Z");
    private static final String ODD = "राजस्व नस्ती\n\n\t'\\\"" + "\u0000" + "é";

    @TempDir
    Path tmp;

    @Test
    void everyRowTypeReadsBackAsWritten() throws Exception {
        List<WarehouseRow> rows = new ArrayList<>();
        TreeSet<String> events = new TreeSet<>();
        TreeSet<String> visits = new TreeSet<>();
        TreeSet<String> positions = new TreeSet<>();
        TreeSet<String> stuck = new TreeSet<>();
        TreeSet<String> dead = new TreeSet<>();
        TreeSet<String> duplicates = new TreeSet<>();

        EventType[] types = EventType.values();
        for (int i = 0; i < 12; i++) {
            EventType type = types[i % types.length];
            ItemKind kind = ItemKind.values()[i % 2];
            Priority priority = Priority.values()[i % 3];
            Instant ts = T0.plusMillis(i * 1_000_001L);
            String subject = i == 0 ? ODD : i % 2 == 0 ? "" : "subject " + i;
            MovementEvent e = new MovementEvent("e-" + i, ts, type, kind, "UP/REV/2026/" + i, "KNJ-COLL",
                    type == EventType.CREATED ? "" : "D-" + i, type == EventType.CLOSED ? "" : "D-" + (i + 1), priority,
                    subject);
            rows.add(new MovementEventRow(e, "it", ts.plusSeconds(5)));
            events.add(String.join("|", e.eventId(), ms(ts), type.name(), kind.name(), e.fileId(), e.officeId(),
                    e.fromDesk(), e.toDesk(), priority.name(), subject, "it", ms(ts.plusSeconds(5))));
        }

        EventType[] arrivals = {EventType.CREATED, EventType.FORWARDED, EventType.RETURNED, EventType.REOPENED};
        EventType[] departures = {EventType.FORWARDED, EventType.RETURNED, EventType.CLOSED};
        for (int i = 0; i < 8; i++) {
            boolean closed = i % 2 == 1;
            EventType leftBy = closed ? departures[i % departures.length] : null;
            Instant arrived = T0.plusSeconds(i * 3600L);
            DeskVisitRow open = new DeskVisitRow("F-" + i, ItemKind.values()[i % 2], Priority.values()[i % 3],
                    "OFF-" + i, "कक्ष-" + i, arrived, arrivals[i % arrivals.length], "a-" + i, arrived.plusSeconds(86_400),
                    arrived.plusSeconds(2 * 86_400), null, null, "", 1);
            rows.add(open);
            DeskVisitRow last = open;
            if (closed) {
                last = new DeskVisitRow(open.fileId(), open.kind(), open.priority(), open.officeId(), open.deskId(),
                        arrived, open.arrivedBy(), open.arrivedEventId(), open.stuckAt(), open.stuckAtCalendar(),
                        arrived.plusMillis(7), leftBy, "l-" + i, 2);
                rows.add(last);
            }
            visits.add(String.join("|", last.fileId(), last.kind().name(), last.priority().name(), last.officeId(),
                    last.deskId(), ms(arrived), last.arrivedBy().name(), last.arrivedEventId(), ms(last.stuckAt()),
                    ms(last.stuckAtCalendar()), last.leftAt() == null ? "\\N" : ms(last.leftAt()),
                    leftBy == null ? "\\N" : leftBy.name(), last.leftEventId(), String.valueOf(last.version())));
        }

        for (int i = 0; i < 4; i++) {
            boolean closed = i % 2 == 0;
            FilePositionRow older = position(i, closed, 1);
            FilePositionRow newer = position(i, closed, i == 3 ? Integer.MAX_VALUE : 2 + i);
            rows.add(older);
            rows.add(newer);
            positions.add(String.join("|", newer.fileId(), newer.kind().name(), newer.priority().name(),
                    newer.subject(), ms(newer.createdAt()), newer.createdOfficeId(), closed ? "CLOSED" : "OPEN",
                    newer.officeId(), newer.deskId(), ms(newer.arrivedAt()), ms(newer.stuckAt()),
                    ms(newer.stuckAtCalendar()), newer.closedAt() == null ? "\\N" : ms(newer.closedAt()),
                    String.valueOf(newer.levels()), String.valueOf(newer.moves()), newer.lastEventId(),
                    ms(newer.lastEventTs()), Integer.toUnsignedString(newer.version())));
        }

        for (Transition t : Transition.values()) {
            StuckTransitionRow r = new StuckTransitionRow("S-" + t, ItemKind.RECEIPT, Priority.MOST_IMMEDIATE, "OFF",
                    "D", T0, t, T0.plusSeconds(99), t == Transition.CLEARED ? "e-9" : "");
            rows.add(r);
            stuck.add(String.join("|", r.fileId(), "RECEIPT", "MOST_IMMEDIATE", "OFF", "D", ms(T0), t.name(),
                    ms(T0.plusSeconds(99)), r.eventId()));
        }

        int n = 0;
        for (RejectionReason reason : RejectionReason.values()) {
            DeadLetterRow r = new DeadLetterRow("it", "it:" + ++n, reason, "why " + reason, n == 1 ? ODD : "{\"x\":" + n,
                    n % 2 == 0 ? "" : "e-" + n, "F-" + n, T0.plusMillis(n));
            rows.add(r);
            dead.add(String.join("|", "it", r.sourcePosition(), reason.name(), r.detail(), r.rawLine(), r.eventId(),
                    r.fileId(), ms(r.arrivedAt())));
        }

        for (int i = 0; i < 3; i++) {
            DuplicateRow r = new DuplicateRow("it", "it:d" + i, "e-" + i, "F-" + i, T0.minusSeconds(i), T0.plusSeconds(i));
            rows.add(r);
            duplicates.add(String.join("|", "it", r.sourcePosition(), r.eventId(), r.fileId(), ms(r.ts()),
                    ms(r.arrivedAt())));
        }

        String url = JobsTestWarehouse.database("sink_round_trip");
        // One batch for all rows (no checkpoint, no time or size bound in between), so the replaced rows of one key
        // meet in it.
        StreamExecutionEnvironment env = LocalFlink.environment(1,
                CheckpointSettings.under(tmp).withInterval(Duration.ofHours(1)).withResume(false), true);
        env.fromData(rows, WarehouseRows.TYPE).sinkTo(new ClickHouseSink(SinkSettings.defaults(url)
                        .withBatch(10_000, Duration.ofHours(1))))
                .name("sink").uid("sink");
        env.execute("sink round trip");

        try (Connection c = JobsTestWarehouse.connect(url)) {
            assertThat(read(c, "SELECT event_id, ms(ts), toString(type), toString(kind), file_id, office_id, from_desk,"
                    + " to_desk, toString(priority), subject, source, ms(ingested_at) FROM movement_events"))
                    .isEqualTo(events);
            assertThat(count(c, "desk_visits")).as("the open row of a stay closed in the same batch is not sent")
                    .isEqualTo(visits.size());
            assertThat(read(c, "SELECT file_id, toString(kind), toString(priority), office_id, desk_id, ms(arrived_at),"
                    + " toString(arrived_by), arrived_event_id, ms(stuck_at), ms(stuck_at_calendar),"
                    + " if(isNull(left_at), '\\\\N', ms(assumeNotNull(left_at))),"
                    + " if(isNull(left_by), '\\\\N', toString(assumeNotNull(left_by))), left_event_id, toString(version)"
                    + " FROM desk_visits")).isEqualTo(visits);
            assertThat(count(c, "file_positions")).isEqualTo(positions.size());
            assertThat(read(c, "SELECT file_id, toString(kind), toString(priority), subject, ms(created_at),"
                    + " created_office_id, toString(status), office_id, desk_id, ms(arrived_at), ms(stuck_at),"
                    + " ms(stuck_at_calendar), if(isNull(closed_at), '\\\\N', ms(assumeNotNull(closed_at))),"
                    + " toString(levels), toString(moves), last_event_id, ms(last_event_ts), toString(version)"
                    + " FROM file_positions")).isEqualTo(positions);
            assertThat(read(c, "SELECT file_id, toString(kind), toString(priority), office_id, desk_id, ms(arrived_at),"
                    + " toString(transition), ms(at), event_id FROM stuck_transitions")).isEqualTo(stuck);
            assertThat(read(c, "SELECT source, source_position, reason, detail, raw_line, event_id, file_id,"
                    + " ms(arrived_at) FROM dead_letters")).isEqualTo(dead);
            assertThat(read(c, "SELECT source, source_position, event_id, file_id, ms(ts), ms(arrived_at)"
                    + " FROM duplicate_events")).isEqualTo(duplicates);
        }
    }

    private static FilePositionRow position(int i, boolean closed, int version) {
        Instant created = T0.minusSeconds(86_400L * i);
        return new FilePositionRow("P-" + i, ItemKind.values()[i % 2], Priority.values()[i % 3], i == 1 ? ODD : "s" + i,
                created, "OFF-C" + i, closed, "OFF-" + i, "D-" + i, created.plusMillis(1), created.plusSeconds(7),
                created.plusSeconds(8), closed ? created.plusSeconds(9) : null, i == 3 ? 65_535 : 1 + i,
                i == 3 ? Integer.MAX_VALUE : i, "last-" + version, created.plusSeconds(10), version);
    }

    private static String ms(Instant t) {
        return String.valueOf(Objects.requireNonNull(t).toEpochMilli());
    }

    /** Each row as its columns joined by '|'; ms(x) is the milliseconds since the epoch as text. */
    private static TreeSet<String> read(Connection c, String sql) throws Exception {
        String withMs = sql.replaceAll("ms\\(([^()]*(?:\\([^()]*\\))?)\\)", "toString(toUnixTimestamp64Milli($1))");
        TreeSet<String> out = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(withMs)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                out.add(String.join("|", values));
            }
        }
        return out;
    }

    private static long count(Connection c, String table) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count() FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
