-- Every accepted event of one file or receipt, in the order they were applied (ts, then event_id).
-- file_spans (V082) names the offices whose events name the file and the times of its first and last event: the
-- office-first key of movement_events then reads those ranges only, and the bloom filter on file_id (V002) skips
-- the granules of other files within them.
-- Parameters: file_id.
WITH (SELECT groupUniqArray(office_id) FROM file_spans WHERE file_id = {file_id:String}) AS offices,
     (SELECT min(first_ts) FROM file_spans WHERE file_id = {file_id:String}) AS first_at,
     (SELECT max(last_ts) FROM file_spans WHERE file_id = {file_id:String}) AS last_at
SELECT event_id, ts, toString(type) AS type, toString(kind) AS kind, office_id, from_desk, to_desk,
       toString(priority) AS priority, subject
FROM movement_events FINAL
WHERE file_id = {file_id:String}
  AND has(offices, office_id)
  AND ts >= first_at AND ts <= last_at
ORDER BY ts, event_id
