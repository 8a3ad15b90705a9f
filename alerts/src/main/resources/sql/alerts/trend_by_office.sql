-- Pendency at the end of each day of a series (from, from + step, ... up to to), per office, state-wide: the rows
-- of pendency/trend.sql (same rule, same days, counted the same way by runs of series points) before they are summed
-- over a scope. A Monday run reads this once and each mail sums the offices of its scope with the registry's
-- office → district mapping, the rule trend's own district parameter applies; one state-wide scan instead of one
-- scan per mail. The stays read: open now and arrived by the end of `to`, or ended after the end of `from` (V083).
-- Parameters: from, to (Date), step_days.
WITH dateDiff('day', toDate('1970-01-01'), {from:Date})                                    AS first_day,
     toInt64({step_days:UInt16})                                                            AS step,
     toInt64(intDiv(greatest(dateDiff('day', {from:Date}, {to:Date}), 0), {step_days:UInt16}) + 1) AS points,
     toDateTime64(addDays({from:Date}, 1), 3, 'Asia/Kolkata')                               AS end_of_from,
     toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata')                                 AS end_of_to
SELECT
    addDays({from:Date}, toUInt32(point * step)) AS day,
    office_id,
    sum(files)                                   AS files,
    sum(receipts)                                AS receipts
FROM
(
    SELECT toString(office_id) AS office_id, first_point, last_point,
           countIf(kind = 'FILE') AS files, countIf(kind = 'RECEIPT') AS receipts
    FROM
    (
        SELECT kind, office_id,
               intDiv(arrived_ms + 19800000, 86400000) - first_day                      AS arrived_day,
               intDiv(left_ms + 19800000, 86400000) - first_day                         AS left_day,
               if(arrived_day <= 0, 0, intDiv(arrived_day + step - 1, step))            AS first_point,
               least(points - 1, if(left_day < 1, toInt64(-1), intDiv(left_day - 1, step))) AS last_point
        FROM
        (
            SELECT kind, office_id, toUnixTimestamp64Milli(arrived_at) AS arrived_ms,
                   -- still open: leaves after every point of any series (year 2096 in milliseconds)
                   toInt64(4000000000000) AS left_ms
            FROM open_stays FINAL
            WHERE arrived_at < end_of_to AND left_at IS NULL
            UNION ALL
            SELECT kind, office_id, toUnixTimestamp64Milli(arrived_at) AS arrived_ms,
                   toUnixTimestamp64Milli(left_at) AS left_ms
            FROM ended_stays FINAL
            WHERE left_at >= end_of_from AND arrived_at < end_of_to
        )
    )
    WHERE first_point <= last_point
    GROUP BY office_id, first_point, last_point
)
ARRAY JOIN range(toUInt32(first_point), toUInt32(last_point + 1)) AS point
GROUP BY day, office_id
ORDER BY day, office_id
-- As in pendency/trend: versions of a row share its key and its partition.
SETTINGS do_not_merge_across_partitions_select_final = 1
