-- Rollout coverage per office category (DESIGN §3): offices at each stage, offices active (LIVE, or created an
-- e-file in the 30 days up to as_of), and e-files created up to as_of: accepted CREATED events of kind FILE plus
-- the office's opening balances (office_opening_balances, V020: files created before its event history began)
-- whose before_date is on or before as_of's day — a balance dated later is not yet wholly in the past.
-- Files created at offices the registry does not know come back as category '' with offices = 0.
-- The CREATED events are read from creations_and_closes (V084): the same rows as movement_events, type first in the key.
-- Parameters: as_of.
WITH {as_of:DateTime64(3, 'Asia/Kolkata')} AS t
SELECT
    if(o.registered = 1, toString(o.category), '')                 AS category,
    countIf(o.registered = 1)                                      AS offices,
    countIf(o.rollout_stage = 'LIVE' AND o.registered = 1)         AS live,
    countIf(o.rollout_stage = 'IN_PROGRESS')                       AS in_progress,
    countIf(o.rollout_stage = 'TRAINED')                           AS trained,
    countIf(o.rollout_stage = 'EMAIL_IDS_CREATED')                 AS email_ids_created,
    countIf(o.rollout_stage = 'NOT_STARTED' AND o.registered = 1)  AS not_started,
    countIf(o.registered = 1 AND (o.rollout_stage = 'LIVE' OR c.recent > 0)) AS active,
    sum(c.created)                                                 AS files_created
FROM
(
    SELECT office_id, category, rollout_stage, toUInt8(1) AS registered
    FROM offices FINAL
) AS o
FULL OUTER JOIN
(
    SELECT office_id, sum(created) AS created, sum(recent) AS recent
    FROM
    (
        SELECT office_id,
               count()                                 AS created,
               countIf(ts > t - INTERVAL 30 DAY)       AS recent
        FROM creations_and_closes FINAL
        WHERE type = 'CREATED' AND kind = 'FILE' AND ts <= t
        GROUP BY office_id

        UNION ALL

        SELECT office_id, sum(files_created) AS created, toUInt64(0) AS recent
        FROM office_opening_balances FINAL
        WHERE before_date <= toDate(t, 'Asia/Kolkata')
        GROUP BY office_id
    )
    GROUP BY office_id
) AS c ON c.office_id = o.office_id
GROUP BY category
ORDER BY category
-- Versions of a row share its key, and creations_and_closes partitions by a month of a key column: FINAL
-- need not merge across partitions (never set this for dead_letters or stuck_transitions, whose partitions are not).
SETTINGS do_not_merge_across_partitions_select_final = 1
