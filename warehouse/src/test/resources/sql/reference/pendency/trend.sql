-- The query as it was before V083–V084 (every stay from desk_visits, every event from movement_events): kept as
-- StaysAtIT's reference, which the new query must match row for row.
-- Pendency at the end of each day of a series (from, from + step, ... up to to), for a scope.
-- The end of day D is the start of D + 1 in Asia/Kolkata; "as of" it means arrived before it and not left before it,
-- the same rule as pendency/as_of with T one millisecond before midnight.
-- Parameters: from, to (Date), step_days, district and office ('' = no scope).
WITH arrayMap(i -> addDays({from:Date}, i * {step_days:UInt16}),
              range(toUInt32(intDiv(greatest(dateDiff('day', {from:Date}, {to:Date}), 0), {step_days:UInt16}) + 1)))
         AS days
SELECT
    day,
    countIf(kind = 'FILE')    AS files,
    countIf(kind = 'RECEIPT') AS receipts
FROM
(
    SELECT kind, arrived_at, left_at
    FROM desk_visits FINAL
    WHERE arrived_at < toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata')
      AND (left_at IS NULL OR left_at >= toDateTime64(addDays({from:Date}, 1), 3, 'Asia/Kolkata'))
      AND ({office:String} = '' OR office_id = {office:String})
      AND ({district:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
)
ARRAY JOIN arrayFilter(
    d -> arrived_at < toDateTime64(addDays(d, 1), 3, 'Asia/Kolkata')
         AND (left_at IS NULL OR left_at >= toDateTime64(addDays(d, 1), 3, 'Asia/Kolkata')),
    days) AS day
GROUP BY day
ORDER BY day
-- Versions of a row share its key, and desk_visits/movement_events partition by a month of a key column: FINAL
-- need not merge across partitions (never set this for dead_letters or stuck_transitions, whose partitions are not).
SETTINGS do_not_merge_across_partitions_select_final = 1
