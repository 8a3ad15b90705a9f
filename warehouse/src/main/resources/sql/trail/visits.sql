-- Every stay of one file or receipt at a desk, in order, with the desk's and office's names where registered.
-- Parameters: file_id.
WITH (SELECT groupUniqArray(office_id) FROM file_spans WHERE file_id = {file_id:String}) AS event_offices,
     (SELECT min(first_ts) FROM file_spans WHERE file_id = {file_id:String}) AS first_at,
     (SELECT max(last_ts) FROM file_spans WHERE file_id = {file_id:String}) AS last_at,
     -- The desks the file's events sent it to, read as trail/events reads its events (file_spans, V082).
     (
         SELECT groupUniqArray(to_desk) FROM movement_events
         WHERE file_id = {file_id:String} AND has(event_offices, office_id) AND ts >= first_at AND ts <= last_at
           AND to_desk != ''
     ) AS desks_of_file
SELECT
    v.desk_id                   AS desk_id,
    v.office_id                 AS office_id,
    d.designation               AS designation,
    d.designation_hi            AS designation_hi,
    o.name                      AS office_name,
    o.name_hi                   AS office_name_hi,
    toString(v.kind)            AS kind,
    toString(v.priority)        AS priority,
    v.arrived_at                AS arrived_at,
    toString(v.arrived_by)      AS arrived_by,
    v.arrived_event_id          AS arrived_event_id,
    v.left_at                   AS left_at,
    toString(v.left_by)         AS left_by,
    v.stuck_at                  AS stuck_at,
    v.stuck_at_calendar         AS stuck_at_calendar
FROM
(
    -- The key (office_id, desk_id, arrived_at, ...) narrowed to the file's desks, their offices and its lifetime:
    -- a stay begins with one of the file's events. A stay's office is the desk's registered office, or the event's
    -- office for a desk the registry does not know: both sets are offered.
    SELECT * FROM desk_visits FINAL
    WHERE file_id = {file_id:String}
      AND has(desks_of_file, desk_id)
      AND office_id IN (
          SELECT office_id FROM desks FINAL WHERE has(desks_of_file, desk_id)
          UNION DISTINCT
          SELECT arrayJoin(event_offices))
      AND arrived_at >= first_at AND arrived_at <= last_at
) AS v
LEFT JOIN (SELECT desk_id, designation, designation_hi FROM desks FINAL) AS d ON d.desk_id = v.desk_id
LEFT JOIN (SELECT office_id, name, name_hi FROM offices FINAL) AS o ON o.office_id = v.office_id
ORDER BY v.arrived_at, v.arrived_event_id
