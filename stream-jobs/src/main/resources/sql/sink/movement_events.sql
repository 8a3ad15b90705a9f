INSERT INTO movement_events (event_id, ts, type, kind, file_id, office_id, from_desk, to_desk, priority, subject, source, ingested_at)
FORMAT RowBinary
