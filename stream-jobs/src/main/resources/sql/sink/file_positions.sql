INSERT INTO file_positions (file_id, kind, priority, subject, created_at, created_office_id, status, office_id, desk_id, arrived_at, stuck_at, stuck_at_calendar, closed_at, levels, moves, last_event_id, last_event_ts, version)
FORMAT RowBinary
