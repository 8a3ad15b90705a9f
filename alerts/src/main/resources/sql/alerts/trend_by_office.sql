-- Pendency at the end of each day of a series (from, from + step, ... up to to), per office, state-wide: the rows
-- of pendency/trend.sql (same rule, same days) before they are summed over a scope. A Monday run reads this once
-- and each mail sums the offices of its scope with the registry's office → district mapping, the rule trend's
-- own district parameter applies; one state-wide scan instead of one scan per mail.
-- Parameters: from, to (Date), step_days.
WITH arrayMap(i -> addDays({from:Date}, i * {step_days:UInt16}),
              range(toUInt32(intDiv(greatest(dateDiff('day', {from:Date}, {to:Date}), 0), {step_days:UInt16}) + 1)))
         AS days
SELECT
    day,
    toString(office_id)       AS office_id,
    countIf(kind = 'FILE')    AS files,
    countIf(kind = 'RECEIPT') AS receipts
FROM
(
    SELECT kind, office_id, arrived_at, left_at
    FROM desk_visits FINAL
    WHERE arrived_at < toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata')
      AND (left_at IS NULL OR left_at >= toDateTime64(addDays({from:Date}, 1), 3, 'Asia/Kolkata'))
)
ARRAY JOIN arrayFilter(
    d -> arrived_at < toDateTime64(addDays(d, 1), 3, 'Asia/Kolkata')
         AND (left_at IS NULL OR left_at >= toDateTime64(addDays(d, 1), 3, 'Asia/Kolkata')),
    days) AS day
GROUP BY day, office_id
ORDER BY day, office_id
-- As in pendency/trend: versions of a row share its key and its partition.
SETTINGS do_not_merge_across_partitions_select_final = 1
