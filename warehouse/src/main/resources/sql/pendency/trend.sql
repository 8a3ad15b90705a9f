-- Pendency at the end of each day of a series (from, from + step, ... up to to), for a scope.
-- The end of day D is the start of D + 1 in Asia/Kolkata; "as of" it means arrived before it and not left before it,
-- the same rule as pendency/as_of with T one millisecond before midnight.
--
-- Counted by runs, not by day (docs/decisions/083-stays-at-a-past-time.md): a stay that arrived on IST day A and left
-- on IST day L is pending at the end of every day from A to L - 1, so at the points of the series between two
-- indexes, first_point and last_point, worked out in whole numbers. Stays are grouped by that pair first — a few
-- thousand pairs for lakhs of stays — and only the groups are spread over their points. An IST day number is
-- (Unix milliseconds + 5 h 30 min) divided by a day: India has one offset and no daylight saving.
-- The stays read: those open now that arrived by the end of `to` (open_stays) and those that ended after the end of
-- `from` (ended_stays, ordered by the end, V083); an open stay has no L, so it gets one past every point.
-- Parameters: from, to (Date), step_days, district and office ('' = no scope).
WITH dateDiff('day', toDate('1970-01-01'), {from:Date})                                    AS first_day,
     toInt64({step_days:UInt16})                                                            AS step,
     toInt64(intDiv(greatest(dateDiff('day', {from:Date}, {to:Date}), 0), {step_days:UInt16}) + 1) AS points,
     toDateTime64(addDays({from:Date}, 1), 3, 'Asia/Kolkata')                               AS end_of_from,
     toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata')                                 AS end_of_to
SELECT
    addDays({from:Date}, toUInt32(point * step)) AS day,
    sum(files)                                   AS files,
    sum(receipts)                                AS receipts
FROM
(
    SELECT first_point, last_point, countIf(kind = 'FILE') AS files, countIf(kind = 'RECEIPT') AS receipts
    FROM
    (
        SELECT kind,
               intDiv(arrived_ms + 19800000, 86400000) - first_day                      AS arrived_day,
               intDiv(left_ms + 19800000, 86400000) - first_day                         AS left_day,
               if(arrived_day <= 0, 0, intDiv(arrived_day + step - 1, step))            AS first_point,
               least(points - 1, if(left_day < 1, toInt64(-1), intDiv(left_day - 1, step))) AS last_point
        FROM
        (
            SELECT kind, toUnixTimestamp64Milli(arrived_at) AS arrived_ms,
                   -- still open: leaves after every point of any series (year 2096 in milliseconds)
                   toInt64(4000000000000) AS left_ms
            FROM open_stays FINAL
            WHERE arrived_at < end_of_to AND left_at IS NULL
              AND ({office:String} = '' OR office_id = {office:String})
              AND ({district:String} = ''
                   OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
            UNION ALL
            SELECT kind, toUnixTimestamp64Milli(arrived_at) AS arrived_ms, toUnixTimestamp64Milli(left_at) AS left_ms
            FROM ended_stays FINAL
            WHERE left_at >= end_of_from AND arrived_at < end_of_to
              AND ({office:String} = '' OR office_id = {office:String})
              AND ({district:String} = ''
                   OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
        )
    )
    WHERE first_point <= last_point
    GROUP BY first_point, last_point
)
ARRAY JOIN range(toUInt32(first_point), toUInt32(last_point + 1)) AS point
GROUP BY point
ORDER BY point
-- Versions of a row share its key, and open_stays/ended_stays partition by a week/month of a key column: FINAL
-- need not merge across partitions (never set this for dead_letters or stuck_transitions, whose partitions are not).
SETTINGS do_not_merge_across_partitions_select_final = 1
