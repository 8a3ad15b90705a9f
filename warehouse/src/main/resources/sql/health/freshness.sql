-- Every registered office with the time of its latest accepted event (desk_activity, V061; NULL: none yet).
-- Parameters: none.
SELECT o.office_id AS office_id, o.name AS name, o.name_hi AS name_hi, toString(o.category) AS category,
       o.district AS district, toString(o.rollout_stage) AS rollout_stage, a.latest AS latest
FROM offices AS o FINAL
LEFT JOIN
(
    SELECT office_id, max(last_ts) AS latest
    FROM desk_activity
    GROUP BY office_id
) AS a ON a.office_id = o.office_id
ORDER BY o.office_id
SETTINGS join_use_nulls = 1
