-- The query as it was before V080–V082 (file_closes, desk_action_days, file_spans): kept as DerivedTablesIT's
-- reference, which the new query must match row for row.
-- The idle desks of kpis/by_level, one row each: registered desks with no action in the 30 days up to the end of
-- day `to` (Asia/Kolkata). An action is what by_level counts — being the from_desk of an event, or the desk that
-- created an item — in [end - 30 days, end), so the rows here are exactly the idle_desks counted there.
-- last_action: the latest action before that window, looked up among the events of the scope's offices (NULL when
-- none is recorded); it only tells how long the desk has been idle and does not decide whether it is.
-- Parameters: to (Date), district and office ('' = no scope), limit.
WITH toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata') AS period_end
SELECT
    d.desk_id                     AS desk_id,
    toString(d.office_id)         AS office_id,
    toString(d.designation)       AS designation,
    toString(d.designation_hi)    AS designation_hi,
    d.holder_name                 AS holder_name,
    ifNull(o.name, '')            AS office_name,
    ifNull(o.name_hi, '')         AS office_name_hi,
    a.last_action                 AS last_action
FROM
(
    SELECT desk_id, office_id, designation, designation_hi, holder_name
    FROM desks FINAL
    WHERE ({office:String} = '' OR office_id = {office:String})
      AND ({district:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
      AND desk_id NOT IN (
          SELECT from_desk FROM movement_events FINAL
          WHERE from_desk != ''
            AND ts >= period_end - INTERVAL 30 DAY
            AND ts < period_end
          UNION ALL
          SELECT to_desk FROM movement_events FINAL
          WHERE type = 'CREATED'
            AND ts >= period_end - INTERVAL 30 DAY
            AND ts < period_end)
) AS d
LEFT JOIN
(
    SELECT office_id, name, name_hi FROM offices FINAL
) AS o ON o.office_id = d.office_id
LEFT JOIN
(
    SELECT desk, max(ts) AS last_action
    FROM
    (
        SELECT from_desk AS desk, ts FROM movement_events FINAL
        WHERE from_desk != '' AND ts < period_end
          AND ({office:String} = '' OR office_id = {office:String})
          AND ({district:String} = ''
               OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
        UNION ALL
        SELECT to_desk AS desk, ts FROM movement_events FINAL
        WHERE type = 'CREATED' AND ts < period_end
          AND ({office:String} = '' OR office_id = {office:String})
          AND ({district:String} = ''
               OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
    )
    GROUP BY desk
) AS a ON a.desk = d.desk_id
ORDER BY d.office_id, d.desk_id
LIMIT {limit:UInt32}
SETTINGS join_use_nulls = 1, do_not_merge_across_partitions_select_final = 1
