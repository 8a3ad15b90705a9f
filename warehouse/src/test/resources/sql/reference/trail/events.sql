-- The query as it was before V080–V082 (file_closes, desk_action_days, file_spans): kept as DerivedTablesIT's
-- reference, which the new query must match row for row.
-- Every accepted event of one file or receipt, in the order they were applied (ts, then event_id).
-- Parameters: file_id.
SELECT event_id, ts, toString(type) AS type, toString(kind) AS kind, office_id, from_desk, to_desk,
       toString(priority) AS priority, subject
FROM movement_events FINAL
WHERE file_id = {file_id:String}
ORDER BY ts, event_id
