package in.eofficemonitor.dashboard;

import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.movement.DerivedTables;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small piece of Uttar Pradesh in the real embedded warehouse, written as the stream jobs write it (an open
 * stay of version 1, its closed version 2 when the file moved on; FINAL reads collapse them). Times are relative
 * to the real clock, because the views ask "now".
 *
 * <pre>
 *  KNJ-F1  file     NORMAL          created at Kannauj Collectorate AG3 now-20d, forwarded to its OS now-12d  (stuck)
 *  KNJ-R2  receipt  NORMAL          at Kannauj Collectorate AG3 since now-2d                                    (not stuck)
 *  LKO-F3  file     IMMEDIATE       at Lucknow Collectorate AG3 since now-40d                                   (stuck)
 *  LKO-F4  file     NORMAL          at Lucknow Collectorate AG3 since now-100d                                  (stuck)
 *  SEC-F5  file     NORMAL          at the Revenue Department's Under Secretary since now-10d                   (stuck)
 *  POL-F6  file     MOST_IMMEDIATE  at the Kannauj police office since now-5d                                   (stuck)
 *  UP/KNJ-COLL/2026/000123  file NORMAL  created at Kannauj AG3 now-6d, forwarded to its OS now-4d, closed there now-2d
 *  UP/LKO-COLL/2026/000007  file NORMAL  created at Lucknow AG3 now-9d, closed there now-8d
 * </pre>
 * The two files with real e-Office ids (slashes in them) are closed: they change no pendency or stuck count, only
 * what desks cleared and the key figures. Kannauj's Assistant Grade 1 desk ({@link #KNJ_AG1}) never acted: idle.
 * Dead letters: two BAD_JSON lines and one UNKNOWN_DESK line. Two events 60 days old name ids the registry does not
 * know (accepted all the same, DESIGN §3): a forward of UNREG-F7 from Kannauj's AG3 to desk KNJ-COLL-XX-99, and a
 * receipt UNREG-R8 created at office NEW-OFFICE's desk NEW-OFFICE-CLK-01. They hold no stay, so no view but the
 * health view sees them.
 */
public final class DashboardFixtures {

    public static final String KANNAUJ = "Kannauj";
    public static final String LUCKNOW = "Lucknow";
    public static final String KNJ_COLL = "KNJ-COLL";
    public static final String LKO_COLL = "LKO-COLL";
    public static final String SEC_REV = "SEC-REV";
    public static final String POL_KNJ = "POL-KNJ";
    public static final String KNJ_AG3 = "KNJ-COLL-AG3-01";
    public static final String KNJ_OS = "KNJ-COLL-OS-01";
    public static final String LKO_AG3 = "LKO-COLL-AG3-01";
    public static final String SEC_US = "SEC-REV-US-01";
    public static final String POL_DESK = "POL-KNJ-SHO-01";
    public static final String KNJ_AG1 = "KNJ-COLL-AG1-01";
    /** A Kannauj file with a real e-Office id: slashes in it. */
    public static final String KNJ_SLASHED = "UP/KNJ-COLL/2026/000123";
    public static final String LKO_SLASHED = "UP/LKO-COLL/2026/000007";
    public static final String UNREGISTERED_DESK = "KNJ-COLL-XX-99";
    public static final String UNREGISTERED_OFFICE = "NEW-OFFICE";

    private final Instant now = Instant.now();
    private final List<Object[]> offices = new ArrayList<>();
    private final List<Object[]> desks = new ArrayList<>();
    private final List<Object[]> events = new ArrayList<>();
    private final List<Object[]> visits = new ArrayList<>();
    private final List<Object[]> positions = new ArrayList<>();
    private final List<Object[]> deadLetters = new ArrayList<>();

    public static void load(Warehouse warehouse) {
        for (String table : new String[] {"offices", "desks", "movement_events", "dead_letters", "desk_visits", "open_stays",
            "file_positions", "stuck_transitions", "office_opening_balances", "office_stage_history", "desk_activity",
            "job_metrics", "duplicate_events"}) {
            warehouse.execute("TRUNCATE TABLE IF EXISTS " + table);
        }
        DerivedTables.clear(warehouse);
        DashboardFixtures f = new DashboardFixtures();
        f.office(KNJ_COLL, "Collectorate, Kannauj", "कलेक्ट्रेट, कन्नौज", "DISTRICT_OFFICE", KANNAUJ, "LIVE");
        f.office(LKO_COLL, "Collectorate, Lucknow", "कलेक्ट्रेट, लखनऊ", "DISTRICT_OFFICE", LUCKNOW, "IN_PROGRESS");
        f.office(SEC_REV, "Revenue Department", "राजस्व विभाग", "SECRETARIAT_DEPARTMENT", "", "LIVE");
        f.office(POL_KNJ, "Office of the Superintendent of Police, Kannauj", "पुलिस अधीक्षक कार्यालय, कन्नौज",
                "POLICE_UNIT", KANNAUJ, "LIVE");
        f.desk(KNJ_AG3, KNJ_COLL, "Assistant Grade 3", "सहायक ग्रेड 3");
        f.desk(KNJ_OS, KNJ_COLL, "Office Superintendent", "कार्यालय अधीक्षक");
        f.desk(LKO_AG3, LKO_COLL, "Assistant Grade 3", "सहायक ग्रेड 3");
        f.desk(SEC_US, SEC_REV, "Under Secretary", "अनु सचिव");
        f.desk(POL_DESK, POL_KNJ, "Station House Officer", "थानाध्यक्ष");
        f.desk(KNJ_AG1, KNJ_COLL, "Assistant Grade 1", "सहायक ग्रेड 1");
        f.item("KNJ-F1", "FILE", "NORMAL", KNJ_COLL, List.of(KNJ_AG3, KNJ_OS), List.of(20, 12));
        f.item("KNJ-R2", "RECEIPT", "NORMAL", KNJ_COLL, List.of(KNJ_AG3), List.of(2));
        f.item("LKO-F3", "FILE", "IMMEDIATE", LKO_COLL, List.of(LKO_AG3), List.of(40));
        f.item("LKO-F4", "FILE", "NORMAL", LKO_COLL, List.of(LKO_AG3), List.of(100));
        f.item("SEC-F5", "FILE", "NORMAL", SEC_REV, List.of(SEC_US), List.of(10));
        f.item("POL-F6", "FILE", "MOST_IMMEDIATE", POL_KNJ, List.of(POL_DESK), List.of(5));
        f.item(KNJ_SLASHED, "FILE", "NORMAL", KNJ_COLL, List.of(KNJ_AG3, KNJ_OS), List.of(6, 4), 2);
        f.item(LKO_SLASHED, "FILE", "NORMAL", LKO_COLL, List.of(LKO_AG3), List.of(9), 8);
        f.unregisteredEvents();
        f.deadLetter("1", "BAD_JSON", "{not json");
        f.deadLetter("2", "BAD_JSON", "{\"event_id\":");
        f.deadLetter("3", "UNKNOWN_DESK", "{\"event_id\":\"x\",\"to_desk\":\"NOWHERE\"}");
        f.flush(warehouse);
    }

    private void office(String id, String name, String nameHi, String category, String district, String stage) {
        offices.add(new Object[] {id, name, nameHi, category, district, "", "", stage, LocalDate.of(2025, 4, 1), now});
    }

    private void desk(String id, String office, String designation, String designationHi) {
        desks.add(new Object[] {id, office, designation, designationHi, "", now});
    }

    /** A file created at the first desk {@code daysAgo[0]} days ago and forwarded along the rest; never closed. */
    private void item(String fileId, String kind, String priority, String office, List<String> path, List<Integer> daysAgo) {
        item(fileId, kind, priority, office, path, daysAgo, null);
    }

    /** The same, and closed at its last desk {@code closedDaysAgo} days ago unless that is {@code null}. */
    private void item(String fileId, String kind, String priority, String office, List<String> path, List<Integer> daysAgo,
            Integer closedDaysAgo) {
        long threshold = switch (priority) {
            case "NORMAL" -> 7;
            case "IMMEDIATE" -> 3;
            default -> 1;
        };
        String previousEvent = "";
        for (int i = 0; i < path.size(); i++) {
            Instant at = now.minus(Duration.ofDays(daysAgo.get(i)));
            String type = i == 0 ? "CREATED" : "FORWARDED";
            String eventId = fileId + "-e" + (i + 1);
            events.add(new Object[] {eventId, at, type, kind, fileId, office, i == 0 ? "" : path.get(i - 1), path.get(i),
                priority, "Subject of " + fileId, "fixture", at});
            if (i > 0) { // the previous stay, closed by this move
                Instant arrived = now.minus(Duration.ofDays(daysAgo.get(i - 1)));
                visits.add(visit(fileId, kind, priority, office, path.get(i - 1), arrived, i == 1 ? "CREATED" : "FORWARDED",
                        previousEvent, threshold, at, "FORWARDED", eventId, 2));
            }
            visits.add(visit(fileId, kind, priority, office, path.get(i), at, type, eventId, threshold, null, null, "", 1));
            previousEvent = eventId;
        }
        Instant arrived = now.minus(Duration.ofDays(daysAgo.getLast()));
        Instant created = now.minus(Duration.ofDays(daysAgo.getFirst()));
        Instant closed = closedDaysAgo == null ? null : now.minus(Duration.ofDays(closedDaysAgo));
        String lastEvent = previousEvent;
        Instant lastEventAt = arrived;
        if (closed != null) {
            String closeEvent = fileId + "-e" + (path.size() + 1);
            events.add(new Object[] {closeEvent, closed, "CLOSED", kind, fileId, office, path.getLast(), "", priority,
                "Subject of " + fileId, "fixture", closed});
            visits.add(visit(fileId, kind, priority, office, path.getLast(), arrived, path.size() == 1 ? "CREATED" : "FORWARDED",
                    previousEvent, threshold, closed, "CLOSED", closeEvent, 2));
            lastEvent = closeEvent;
            lastEventAt = closed;
        }
        positions.add(new Object[] {fileId, kind, priority, "Subject of " + fileId, created, office,
            closed == null ? "OPEN" : "CLOSED", office, path.getLast(), arrived, arrived.plus(Duration.ofDays(threshold + 2)),
            arrived.plus(Duration.ofDays(threshold)), closed, path.size(), path.size() - 1, lastEvent, lastEventAt,
            path.size() + (closed == null ? 0 : 1)});
    }

    private static Object[] visit(String fileId, String kind, String priority, String office, String desk, Instant arrived,
            String arrivedBy, String arrivedEvent, long threshold, Instant left, String leftBy, String leftEvent, int version) {
        return new Object[] {fileId, kind, priority, office, desk, arrived, arrivedBy, arrivedEvent,
            arrived.plus(Duration.ofDays(threshold + 2)), arrived.plus(Duration.ofDays(threshold)), left, leftBy, leftEvent,
            version};
    }

    private void unregisteredEvents() {
        Instant at = now.minus(Duration.ofDays(60));
        events.add(new Object[] {"UNREG-F7-e2", at, "FORWARDED", "FILE", "UNREG-F7", KNJ_COLL, KNJ_AG3, UNREGISTERED_DESK,
            "NORMAL", "Subject of UNREG-F7", "fixture", at});
        events.add(new Object[] {"UNREG-R8-e1", at, "CREATED", "RECEIPT", "UNREG-R8", UNREGISTERED_OFFICE, "",
            "NEW-OFFICE-CLK-01", "NORMAL", "Subject of UNREG-R8", "fixture", at});
    }

    private void deadLetter(String position, String reason, String raw) {
        deadLetters.add(new Object[] {"fixture.jsonl", position, reason, "fixture " + reason, raw, "", "", now});
    }

    private void flush(Warehouse warehouse) {
        insert(warehouse, "offices", "office_id, name, name_hi, category, district, division, parent_office_id, "
                + "rollout_stage, stage_since, loaded_at", offices);
        insert(warehouse, "desks", "desk_id, office_id, designation, designation_hi, holder_name, loaded_at", desks);
        insert(warehouse, "movement_events", "event_id, ts, type, kind, file_id, office_id, from_desk, to_desk, priority, "
                + "subject, source, ingested_at", events);
        insert(warehouse, "desk_visits", "file_id, kind, priority, office_id, desk_id, arrived_at, arrived_by, "
                + "arrived_event_id, stuck_at, stuck_at_calendar, left_at, left_by, left_event_id, version", visits);
        insert(warehouse, "file_positions", "file_id, kind, priority, subject, created_at, created_office_id, status, "
                + "office_id, desk_id, arrived_at, stuck_at, stuck_at_calendar, closed_at, levels, moves, last_event_id, "
                + "last_event_ts, version", positions);
        insert(warehouse, "dead_letters", "source, source_position, reason, detail, raw_line, event_id, file_id, arrived_at",
                deadLetters);
    }

    private static void insert(Warehouse warehouse, String table, String columns, List<Object[]> rows) {
        int n = columns.split(",").length;
        String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(n - 1) + "?)";
        warehouse.<Object[]>insertBatch(sql, rows, (statement, row) -> {
            for (int i = 0; i < row.length; i++) {
                if (row[i] == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, row[i]);
                }
            }
        });
    }
}
