-- Office and desk ids that accepted events name but the registry does not know (DESIGN §3: accepted, and shown
-- as unregistered), the most recently seen first, at most {limit} of each kind, with the count of all of them.
-- A desk's office is the office of the latest event that named it.
-- Parameters: limit.
SELECT kind, id, office_id, first_seen, last_seen, count() OVER (PARTITION BY kind) AS total
FROM
(
    SELECT 'OFFICE' AS kind, office_id AS id, office_id, min(first_ts) AS first_seen, max(last_ts) AS last_seen
    FROM desk_activity
    WHERE office_id NOT IN (SELECT office_id FROM offices)
    GROUP BY office_id
    UNION ALL
    SELECT 'DESK' AS kind, desk_id AS id, argMax(office_id, last_ts) AS office_id, min(first_ts) AS first_seen,
           max(last_ts) AS last_seen
    FROM desk_activity
    WHERE desk_id NOT IN (SELECT desk_id FROM desks)
    GROUP BY desk_id
)
ORDER BY kind, last_seen DESC, id
LIMIT {limit:UInt32} BY kind
