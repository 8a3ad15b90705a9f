-- The idle desks of kpis/by_level, one row each: registered desks with no action in the 30 days up to the end of
-- day `to` (Asia/Kolkata). An action is what by_level counts — being the from_desk of an event, or the desk that
-- created an item — in [end - 30 days, end), so the rows here are exactly the idle_desks counted there. Both read
-- the actions from desk_action_days (V081: one row per IST day, event office and desk that acted, with its latest
-- action's time); the window is the 30 IST days to..to - 29.
-- last_action: the latest action before that window, looked up among the events of the scope's offices (NULL when
-- none is recorded); it only tells how long the desk has been idle and does not decide whether it is.
-- Parameters: to (Date), district and office ('' = no scope), limit.
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
          SELECT desk_id FROM desk_action_days
          WHERE day >= addDays({to:Date}, -29) AND day <= {to:Date})
) AS d
LEFT JOIN
(
    SELECT office_id, name, name_hi FROM offices FINAL
) AS o ON o.office_id = d.office_id
LEFT JOIN
(
    -- Days up to `to`: every action there is before the window's end, and an idle desk has none inside it.
    SELECT desk_id AS desk, max(last_ts) AS last_action
    FROM desk_action_days
    WHERE day <= {to:Date}
      AND ({office:String} = '' OR office_id = {office:String})
      AND ({district:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
    GROUP BY desk
) AS a ON a.desk = d.desk_id
ORDER BY d.office_id, d.desk_id
LIMIT {limit:UInt32}
SETTINGS join_use_nulls = 1
