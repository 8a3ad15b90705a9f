-- The latest state of one file or receipt (file_positions keeps one row per file; FINAL keeps the highest version).
-- Parameters: file_id.
SELECT file_id, toString(kind) AS kind, toString(priority) AS priority, subject, created_at, created_office_id,
       toString(status) AS status, office_id, desk_id, arrived_at, stuck_at, stuck_at_calendar, closed_at,
       levels, moves, last_event_ts
FROM file_positions FINAL
WHERE file_id = {file_id:String}
