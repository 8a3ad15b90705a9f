INSERT INTO dead_letters (source, source_position, reason, detail, raw_line, event_id, file_id, arrived_at)
FORMAT RowBinary
