-- Pendency at the end of each day of a series (from, from + step, ... up to to), per office, state-wide: the rows
-- of pendency/trend.sql (same rule, same days, counted the same way from arrivals and departures by day) before they
-- are summed over a scope. A Monday run reads this once and each mail sums the offices of its scope with the
-- registry's office → district mapping, the rule trend's own district parameter applies; one state-wide scan instead
-- of one scan per mail. The stays read: open now and arrived by the end of `to`, or ended after the end of `from`
-- and arrived by the end of `to` (V083, with their India days from V085).
-- Parameters: from, to (Date), step_days.
WITH toInt64({step_days:UInt16})                                                            AS step,
     toInt64(intDiv(greatest(dateDiff('day', {from:Date}, {to:Date}), 0), {step_days:UInt16}) + 1) AS points,
     toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata')                                 AS end_of_to
SELECT
    addDays({from:Date}, toUInt32(point * step)) AS day,
    office_id,
    sum(files)                                   AS files,
    sum(receipts)                                AS receipts
FROM
(
    SELECT office_id, if(day_index <= 0, 0, intDiv(day_index + step - 1, step)) AS first_point, files, receipts
    FROM
    (
        SELECT office_id, dateDiff('day', {from:Date}, day) AS day_index, sum(files) AS files,
               sum(receipts) AS receipts
        FROM
        (
            SELECT toString(office_id) AS office_id, toDate(arrived_at, 'Asia/Kolkata') AS day,
                   toInt64(countIf(kind = 'FILE')) AS files, toInt64(countIf(kind = 'RECEIPT')) AS receipts
            FROM open_stays FINAL
            WHERE arrived_at < end_of_to AND left_at IS NULL
            GROUP BY office_id, day
            UNION ALL
            SELECT office_id, if(leaving, left_on, arrived_on) AS day, if(leaving, -files, files),
                   if(leaving, -receipts, receipts)
            FROM
            (
                SELECT toString(office_id) AS office_id, arrived_day AS arrived_on, left_day AS left_on,
                       toInt64(countIf(kind = 'FILE')) AS files, toInt64(countIf(kind = 'RECEIPT')) AS receipts
                FROM ended_stays FINAL
                WHERE _partition_id >= toString(toYYYYMM(addDays({from:Date}, 1)))
                  AND left_day > {from:Date} AND arrived_day <= {to:Date}
                GROUP BY office_id, arrived_on, left_on
            )
            ARRAY JOIN [false, true] AS leaving
        )
        GROUP BY office_id, day_index
    )
)
ARRAY JOIN range(toUInt32(first_point), toUInt32(greatest(points, first_point))) AS point
GROUP BY day, office_id
HAVING files != 0 OR receipts != 0
ORDER BY day, office_id
-- As in pendency/trend: versions of a row share its key and its partition.
SETTINGS do_not_merge_across_partitions_select_final = 1
