INSERT INTO duplicate_events (source, source_position, event_id, file_id, ts, arrived_at)
FORMAT RowBinary
