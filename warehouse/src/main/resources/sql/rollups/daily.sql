-- Daily roll-ups per office or per desk (issue 4), for the days from..to (inclusive, Asia/Kolkata days), computed
-- from the stays (desk_visits FINAL) at query time: a replay after a crash rewrites the same stay keys, so nothing
-- here can count twice (docs/decisions/012-roll-ups-at-query-time.md).
--   created:   items (files and receipts) created at the desk that day — stays begun by CREATED;
--   received:  items that arrived at the desk that day any other way — FORWARDED or RETURNED to it, REOPENED there;
--   forwarded / returned / closed: items that left the desk that day by that event;
--   median_ms / p90_ms: dwell (left_at - arrived_at, milliseconds) of the stays that ended at the desk that day,
--     by nearest rank: the k-th smallest of n with k = ceil(n/2) (the lower of two middle values) and
--     k = ceil(9n/10); NULL when no stay ended.
-- So for a desk: pending at the end of the day = pending at the end of the day before + created + received
-- - forwarded - returned - closed. An office's row is the sum over its desks (the desk's office, as for pendency),
-- and its dwell quantiles are over all its desks' stays, not a mean of the desks'.
-- Only days with a movement appear. Parameters: from, to (Date), level ('office' | 'desk'), district, office
-- ('' = no scope).
WITH toDateTime64({from:Date}, 3, 'Asia/Kolkata') AS period_start,
     toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata') AS period_end
SELECT
    x.day                                                   AS day,
    x.office_id                                             AS office_id,
    x.desk_id                                               AS desk_id,
    if({level:String} = 'desk', max(d.registered), max(o.registered)) AS registered,
    if({level:String} = 'desk', any(d.designation), any(o.name))       AS name,
    if({level:String} = 'desk', any(d.designation_hi), any(o.name_hi)) AS name_hi,
    sum(x.created)                                          AS created,
    sum(x.received)                                         AS received,
    sum(x.forwarded)                                        AS forwarded,
    sum(x.returned)                                         AS returned,
    sum(x.closed)                                           AS closed,
    -- one departures row per group at most, so max() picks its value (NULL only when there is none)
    max(x.median_ms)                                        AS median_ms,
    max(x.p90_ms)                                           AS p90_ms
FROM
(
    SELECT toDate(arrived_at, 'Asia/Kolkata')                     AS day,
           office_id,
           if({level:String} = 'desk', desk_id, '')               AS desk_id,
           countIf(arrived_by = 'CREATED')                        AS created,
           countIf(arrived_by != 'CREATED')                       AS received,
           toUInt64(0) AS forwarded, toUInt64(0) AS returned, toUInt64(0) AS closed,
           CAST(NULL AS Nullable(Int64)) AS median_ms, CAST(NULL AS Nullable(Int64)) AS p90_ms
    FROM desk_visits FINAL
    WHERE arrived_at >= period_start AND arrived_at < period_end
      AND ({office:String} = '' OR office_id = {office:String})
      AND ({district:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
    GROUP BY day, office_id, desk_id

    UNION ALL

    SELECT day, office_id, desk_id,
           0, 0, forwarded, returned, closed,
           sorted[intDiv(length(sorted) + 1, 2)]             AS median_ms,
           sorted[intDiv(9 * length(sorted) + 9, 10)]        AS p90_ms
    FROM
    (
        SELECT toDate(left_at, 'Asia/Kolkata')                     AS day,
               office_id,
               if({level:String} = 'desk', desk_id, '')            AS desk_id,
               countIf(left_by = 'FORWARDED')                      AS forwarded,
               countIf(left_by = 'RETURNED')                       AS returned,
               countIf(left_by = 'CLOSED')                         AS closed,
               arraySort(groupArray(toUnixTimestamp64Milli(assumeNotNull(left_at))
                                    - toUnixTimestamp64Milli(arrived_at))) AS sorted
        FROM desk_visits FINAL
        WHERE left_at >= period_start AND left_at < period_end
          AND arrived_at < period_end
          AND ({office:String} = '' OR office_id = {office:String})
          AND ({district:String} = ''
               OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
        GROUP BY day, office_id, desk_id
    )
) AS x
LEFT JOIN
(
    SELECT office_id, name, name_hi, toUInt8(1) AS registered
    FROM offices FINAL
) AS o ON o.office_id = x.office_id
LEFT JOIN
(
    SELECT desk_id, designation, designation_hi, toUInt8(1) AS registered
    FROM desks FINAL
) AS d ON d.desk_id = x.desk_id
GROUP BY x.day, x.office_id, x.desk_id
ORDER BY x.day, x.office_id, x.desk_id
-- Versions of a stay share its key, and desk_visits partitions by the month of a key column (arrived_at): FINAL
-- need not merge across partitions.
SETTINGS do_not_merge_across_partitions_select_final = 1
