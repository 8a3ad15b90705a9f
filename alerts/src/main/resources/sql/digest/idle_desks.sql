-- Registered desks with no action in the days up to as_of. An action is what the kpis query counts: being the
-- from_desk of an event, or the desk that created an item (kpis/by_level.sql, idle_desks).
SELECT d.desk_id AS desk_id, d.designation AS designation, d.designation_hi AS designation_hi,
       d.holder_name AS holder_name, d.office_id AS office_id, o.name AS office_name, o.name_hi AS office_name_hi,
       a.last_action AS last_action
FROM (SELECT desk_id, office_id, designation, designation_hi, holder_name FROM desks FINAL) AS d
INNER JOIN (SELECT office_id, name, name_hi FROM offices FINAL
            WHERE ({office:String} = '' OR office_id = {office:String})
              AND ({district:String} = '' OR district = {district:String})) AS o ON o.office_id = d.office_id
LEFT JOIN (SELECT desk, max(ts) AS last_action FROM
             (SELECT from_desk AS desk, ts FROM movement_events FINAL
              WHERE from_desk != '' AND ts <= {as_of:DateTime64(3, 'Asia/Kolkata')}
              UNION ALL
              SELECT to_desk AS desk, ts FROM movement_events FINAL
              WHERE type = 'CREATED' AND ts <= {as_of:DateTime64(3, 'Asia/Kolkata')})
           GROUP BY desk) AS a ON a.desk = d.desk_id
WHERE a.desk = '' OR a.last_action < {as_of:DateTime64(3, 'Asia/Kolkata')} - INTERVAL {days:UInt16} DAY
ORDER BY o.office_id, d.desk_id
LIMIT {limit:UInt32}
SETTINGS join_use_nulls = 0
