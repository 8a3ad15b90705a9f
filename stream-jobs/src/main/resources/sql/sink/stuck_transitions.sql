INSERT INTO stuck_transitions (file_id, kind, priority, office_id, desk_id, arrived_at, transition, at, event_id)
FORMAT RowBinary
