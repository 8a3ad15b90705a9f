package in.eofficemonitor.alerts.source;

import in.eofficemonitor.warehouse.Warehouse;

/**
 * A small state written straight into the warehouse tables the stream jobs fill (offices, desks, desk_visits,
 * file_positions, movement_events): two districts, so that a leak from one into the other shows.
 * Times are IST; the report week ends Monday 23-11-2026 00:00 IST.
 */
public final class WarehouseFixtures {

    private static boolean loaded;

    private WarehouseFixtures() {}

    public static synchronized void load(Warehouse w) {
        if (loaded) {
            return;
        }
        w.execute("""
                INSERT INTO offices (office_id, name, name_hi, category, district, division, parent_office_id,
                                     rollout_stage, stage_since, loaded_at) VALUES
                ('KNJ-COLL', 'Collectorate Kannauj', 'कलेक्ट्रेट कन्नौज', 'DISTRICT_OFFICE', 'Kannauj', 'Kanpur', '', 'LIVE', '2026-11-18', now64(3)),
                ('KNJ-TEH', 'Tehsil Kannauj', 'तहसील कन्नौज', 'DISTRICT_OFFICE', 'Kannauj', 'Kanpur', 'KNJ-COLL', 'TRAINED', '2026-06-01', now64(3)),
                ('AGR-COLL', 'Collectorate Agra', 'कलेक्ट्रेट आगरा', 'DISTRICT_OFFICE', 'Agra', 'Agra', '', 'LIVE', '2026-03-01', now64(3))""");
        w.execute("""
                INSERT INTO office_stage_history (office_id, rollout_stage, stage_since, first_seen_at) VALUES
                ('KNJ-COLL', 'IN_PROGRESS', '2026-09-01', now64(3)),
                ('KNJ-COLL', 'LIVE', '2026-11-18', now64(3)),
                ('AGR-COLL', 'LIVE', '2026-03-01', now64(3))""");
        w.execute("""
                INSERT INTO desks (desk_id, office_id, designation, designation_hi, holder_name, loaded_at) VALUES
                ('KNJ-COLL-OS-01', 'KNJ-COLL', 'Office Superintendent', 'कार्यालय अधीक्षक', 'R. K. Verma', now64(3)),
                ('KNJ-COLL-AG3-01', 'KNJ-COLL', 'Assistant Grade 3', 'सहायक ग्रेड-3', 'S. Yadav', now64(3)),
                ('KNJ-COLL-IDLE-01', 'KNJ-COLL', 'Record Keeper', 'अभिलेखपाल', 'M. Khan', now64(3)),
                ('AGR-COLL-OS-01', 'AGR-COLL', 'Office Superintendent', 'कार्यालय अधीक्षक', 'P. Singh', now64(3))""");
        // Stays at desks. stuck_at = threshold crossing (working days), stuck_at_calendar in plain days.
        w.execute("""
                INSERT INTO desk_visits (file_id, kind, priority, office_id, desk_id, arrived_at, arrived_by,
                    arrived_event_id, stuck_at, stuck_at_calendar, left_at, left_by, left_event_id, version) VALUES
                ('UP/KNJ/2026/00001', 'FILE', 'NORMAL', 'KNJ-COLL', 'KNJ-COLL-OS-01', '2026-10-01 11:00:00', 'FORWARDED',
                    'e1', '2026-10-10 11:00:00', '2026-10-08 11:00:00', NULL, NULL, '', 1),
                ('UP/KNJ/2026/00002', 'FILE', 'IMMEDIATE', 'KNJ-COLL', 'KNJ-COLL-OS-01', '2026-11-20 10:00:00', 'CREATED',
                    'e2', '2026-11-24 10:00:00', '2026-11-23 10:00:00', NULL, NULL, '', 1),
                ('UP/KNJ/2026/00003', 'RECEIPT', 'NORMAL', 'KNJ-COLL', 'KNJ-COLL-AG3-01', '2026-11-10 12:00:00', 'CREATED',
                    'e3', '2026-11-19 12:00:00', '2026-11-17 12:00:00', NULL, NULL, '', 1),
                ('UP/KNJ/2026/00004', 'FILE', 'NORMAL', 'KNJ-COLL', 'KNJ-COLL-AG3-01', '2026-11-01 09:00:00', 'CREATED',
                    'e4', '2026-11-11 09:00:00', '2026-11-08 09:00:00', '2026-11-18 15:00:00', 'CLOSED', 'e5', 2),
                ('UP/AGR/2026/09999', 'FILE', 'NORMAL', 'AGR-COLL', 'AGR-COLL-OS-01', '2026-09-01 10:00:00', 'CREATED',
                    'a1', '2026-09-10 10:00:00', '2026-09-08 10:00:00', NULL, NULL, '', 1),
                ('UP/AGR/2026/09998', 'FILE', 'NORMAL', 'AGR-COLL', 'AGR-COLL-OS-01', '2026-11-02 10:00:00', 'CREATED',
                    'a2', '2026-11-11 10:00:00', '2026-11-09 10:00:00', NULL, NULL, '', 1)""");
        w.execute("""
                INSERT INTO file_positions (file_id, kind, priority, subject, created_at, created_office_id, status, office_id,
                    desk_id, arrived_at, stuck_at, stuck_at_calendar, closed_at, levels, moves, last_event_id, last_event_ts, version) VALUES
                ('UP/KNJ/2026/00001', 'FILE', 'NORMAL', 'भूमि आवंटन, ग्राम सराय', '2026-09-20 10:00:00', 'KNJ-COLL', 'OPEN',
                    'KNJ-COLL', 'KNJ-COLL-OS-01', '2026-10-01 11:00:00', '2026-10-10 11:00:00', '2026-10-08 11:00:00', NULL, 2, 1, 'e1', '2026-10-01 11:00:00', 2),
                ('UP/KNJ/2026/00003', 'RECEIPT', 'NORMAL', 'Complaint about ration card', '2026-11-10 12:00:00', 'KNJ-COLL', 'OPEN',
                    'KNJ-COLL', 'KNJ-COLL-AG3-01', '2026-11-10 12:00:00', '2026-11-19 12:00:00', '2026-11-17 12:00:00', NULL, 1, 0, 'e3', '2026-11-10 12:00:00', 1),
                ('UP/AGR/2026/09999', 'FILE', 'NORMAL', 'Agra road works', '2026-09-01 10:00:00', 'AGR-COLL', 'OPEN',
                    'AGR-COLL', 'AGR-COLL-OS-01', '2026-09-01 10:00:00', '2026-09-10 10:00:00', '2026-09-08 10:00:00', NULL, 1, 0, 'a1', '2026-09-01 10:00:00', 1)""");
        w.execute("""
                INSERT INTO movement_events (event_id, ts, type, kind, file_id, office_id, from_desk, to_desk, priority, subject,
                    source, ingested_at) VALUES
                ('e1', '2026-10-01 11:00:00', 'FORWARDED', 'FILE', 'UP/KNJ/2026/00001', 'KNJ-COLL', 'KNJ-COLL-AG3-01', 'KNJ-COLL-OS-01', 'NORMAL', 'भूमि आवंटन, ग्राम सराय', 'test', now64(3)),
                ('e2', '2026-11-20 10:00:00', 'CREATED', 'FILE', 'UP/KNJ/2026/00002', 'KNJ-COLL', '', 'KNJ-COLL-OS-01', 'IMMEDIATE', 'Flood relief', 'test', now64(3)),
                ('e3', '2026-11-10 12:00:00', 'CREATED', 'RECEIPT', 'UP/KNJ/2026/00003', 'KNJ-COLL', '', 'KNJ-COLL-AG3-01', 'NORMAL', 'Complaint about ration card', 'test', now64(3)),
                ('e4', '2026-11-01 09:00:00', 'CREATED', 'FILE', 'UP/KNJ/2026/00004', 'KNJ-COLL', '', 'KNJ-COLL-AG3-01', 'NORMAL', 'Arms licence', 'test', now64(3)),
                ('e5', '2026-11-18 15:00:00', 'CLOSED', 'FILE', 'UP/KNJ/2026/00004', 'KNJ-COLL', 'KNJ-COLL-AG3-01', '', 'NORMAL', 'Arms licence', 'test', now64(3)),
                ('a1', '2026-09-01 10:00:00', 'CREATED', 'FILE', 'UP/AGR/2026/09999', 'AGR-COLL', '', 'AGR-COLL-OS-01', 'NORMAL', 'Agra road works', 'test', now64(3)),
                ('a2', '2026-11-02 10:00:00', 'CREATED', 'FILE', 'UP/AGR/2026/09998', 'AGR-COLL', '', 'AGR-COLL-OS-01', 'NORMAL', 'Agra bridge', 'test', now64(3))""");
        loaded = true;
    }
}
