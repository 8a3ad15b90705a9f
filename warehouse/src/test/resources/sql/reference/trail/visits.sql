-- The query as it was before V080–V082 (file_closes, desk_action_days, file_spans): kept as DerivedTablesIT's
-- reference, which the new query must match row for row.
-- Every stay of one file or receipt at a desk, in order, with the desk's and office's names where registered.
-- Parameters: file_id.
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
    -- The desks from the file's own events (bloom-indexed by file_id) and their offices let the key
    -- (office_id, desk_id, ...) skip all but a few granules. A stay's office is the desk's registered office, or
    -- the event's office for a desk the registry does not know: both sets are offered.
    SELECT * FROM desk_visits FINAL
    WHERE file_id = {file_id:String}
      AND desk_id IN (SELECT to_desk FROM movement_events WHERE file_id = {file_id:String} AND to_desk != '')
      AND office_id IN (
          SELECT office_id FROM desks FINAL
          WHERE desk_id IN (SELECT to_desk FROM movement_events WHERE file_id = {file_id:String} AND to_desk != '')
          UNION DISTINCT
          SELECT office_id FROM movement_events WHERE file_id = {file_id:String})
) AS v
LEFT JOIN (SELECT desk_id, designation, designation_hi FROM desks FINAL) AS d ON d.desk_id = v.desk_id
LEFT JOIN (SELECT office_id, name, name_hi FROM offices FINAL) AS o ON o.office_id = v.office_id
ORDER BY v.arrived_at, v.arrived_event_id
