INSERT INTO desk_visits (file_id, kind, priority, office_id, desk_id, arrived_at, arrived_by, arrived_event_id, stuck_at, stuck_at_calendar, left_at, left_by, left_event_id, version)
FORMAT RowBinary
