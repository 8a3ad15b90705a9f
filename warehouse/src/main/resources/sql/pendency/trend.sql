-- Pendency at the end of each day of a series (from, from + step, ... up to to), for a scope.
-- The end of day D is the start of D + 1 in Asia/Kolkata; "as of" it means arrived before it and not left before it,
-- the same rule as pendency/as_of with T one millisecond before midnight.
--
-- Counted from arrivals and departures by day, not stay by stay (docs/decisions/083-stays-at-a-past-time.md): of the
-- stays read, those pending at the end of D are those that arrived on D or before less those that left on D or
-- before (a stay leaves after it arrives). So the stays are counted by (India day arrived, India day left) — a few
-- thousand pairs for crores of stays — each pair gives an arrival (+) and a departure (−) on its days, and each day's
-- change counts at every point of the series from that day on. The days are the India days of the times
-- (ended_stays keeps them as columns, V085).
-- The stays read: those open now that arrived by the end of `to` (open_stays; they have no departure) and those that
-- ended after the end of `from` and arrived by the end of `to` (ended_stays). ended_stays partitions by the month a
-- stay ended: `_partition_id` skips the months before `from` without reading left_at (and idx_left_day the granules).
-- Parameters: from, to (Date), step_days, district and office ('' = no scope).
WITH toInt64({step_days:UInt16})                                                            AS step,
     toInt64(intDiv(greatest(dateDiff('day', {from:Date}, {to:Date}), 0), {step_days:UInt16}) + 1) AS points,
     toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata')                                 AS end_of_to
SELECT
    addDays({from:Date}, toUInt32(point * step)) AS day,
    sum(files)                                   AS files,
    sum(receipts)                                AS receipts
FROM
(
    -- the first point of the series at or after the day of the change
    SELECT if(day_index <= 0, 0, intDiv(day_index + step - 1, step)) AS first_point, files, receipts
    FROM
    (
        SELECT dateDiff('day', {from:Date}, day) AS day_index, sum(files) AS files, sum(receipts) AS receipts
        FROM
        (
            SELECT toDate(arrived_at, 'Asia/Kolkata') AS day,
                   toInt64(countIf(kind = 'FILE')) AS files, toInt64(countIf(kind = 'RECEIPT')) AS receipts
            FROM open_stays FINAL
            WHERE arrived_at < end_of_to AND left_at IS NULL
              AND ({office:String} = '' OR office_id = {office:String})
              AND ({district:String} = ''
                   OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
            GROUP BY day
            UNION ALL
            SELECT if(leaving, left_on, arrived_on) AS day, if(leaving, -files, files), if(leaving, -receipts, receipts)
            FROM
            (
                SELECT arrived_day AS arrived_on, left_day AS left_on,
                       toInt64(countIf(kind = 'FILE')) AS files, toInt64(countIf(kind = 'RECEIPT')) AS receipts
                FROM ended_stays FINAL
                WHERE _partition_id >= toString(toYYYYMM(addDays({from:Date}, 1)))
                  AND left_day > {from:Date} AND arrived_day <= {to:Date}
                  AND ({office:String} = '' OR office_id = {office:String})
                  AND ({district:String} = ''
                       OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
                GROUP BY arrived_on, left_on
            )
            ARRAY JOIN [false, true] AS leaving
        )
        GROUP BY day_index
    )
)
-- a change after the last point counts at none (the range is empty)
ARRAY JOIN range(toUInt32(first_point), toUInt32(greatest(points, first_point))) AS point
GROUP BY point
-- a point with nothing pending has no row, as before (the series is filled with zeros by PendencyQueries.trend)
HAVING files != 0 OR receipts != 0
ORDER BY point
-- Versions of a row share its key, and open_stays/ended_stays partition by a week/month of a key column: FINAL
-- need not merge across partitions (never set this for dead_letters or stuck_transitions, whose partitions are not).
SETTINGS do_not_merge_across_partitions_select_final = 1
