-- The query as it was before V083–V084 (every stay from desk_visits, every event from movement_events): kept as
-- StaysAtIT's reference, which the new query must match row for row.
-- Rollout activity per office (issue 4, for the coverage view): the first and the latest e-file the office created
-- in the event history up to as_of (accepted CREATED events of kind FILE, attributed to the event's office as in
-- by_category), how many, the office's opening balance (e-files created before its history began, V020) dated on or
-- before as_of's day, and its registered desks. Every registered office in the scope is listed, with or without
-- e-files; offices the registry does not know appear (registered = 0) when they created e-files, in the state scope.
-- Parameters: as_of, district, office ('' = no scope).
WITH {as_of:DateTime64(3, 'Asia/Kolkata')} AS t
SELECT
    u.office_id                     AS office_id,
    max(u.registered)               AS registered,
    max(u.name)                     AS name,
    max(u.name_hi)                  AS name_hi,
    max(u.category)                 AS category,
    max(u.district)                 AS district,
    max(u.rollout_stage)            AS rollout_stage,
    min(u.first_at)                 AS first_at,
    max(u.latest_at)                AS latest_at,
    sum(u.files)                    AS files_in_history,
    sum(u.balance)                  AS opening_balance,
    sum(u.desks)                    AS desks
FROM
(
    SELECT office_id, toUInt8(1) AS registered, name, name_hi, toString(category) AS category,
           toString(district) AS district, toString(rollout_stage) AS rollout_stage,
           CAST(NULL AS Nullable(DateTime64(3, 'Asia/Kolkata'))) AS first_at,
           CAST(NULL AS Nullable(DateTime64(3, 'Asia/Kolkata'))) AS latest_at,
           toUInt64(0) AS files, toUInt64(0) AS balance, toUInt64(0) AS desks
    FROM offices FINAL

    UNION ALL

    SELECT office_id, 0, '', '', '', '', '', min(ts), max(ts), count(), 0, 0
    FROM movement_events FINAL
    WHERE type = 'CREATED' AND kind = 'FILE' AND ts <= t
    GROUP BY office_id

    UNION ALL

    SELECT office_id, 0, '', '', '', '', '', NULL, NULL, 0, sum(files_created), 0
    FROM office_opening_balances FINAL
    WHERE before_date <= toDate(t, 'Asia/Kolkata')
    GROUP BY office_id

    UNION ALL

    SELECT office_id, 0, '', '', '', '', '', NULL, NULL, 0, 0, count()
    FROM desks FINAL
    GROUP BY office_id
) AS u
WHERE ({office:String} = '' OR u.office_id = {office:String})
  AND ({district:String} = ''
       OR u.office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
GROUP BY u.office_id
-- an unregistered office with only desks listed against it and no e-file is not an office we can show
HAVING registered = 1 OR files_in_history > 0 OR opening_balance > 0
ORDER BY office_id
-- Versions of a row share its key, and movement_events partitions by a month of a key column: FINAL need not merge
-- across partitions.
SETTINGS do_not_merge_across_partitions_select_final = 1
