-- The query as it was before V083–V084 (every stay from desk_visits, every event from movement_events): kept as
-- StaysAtIT's reference, which the new query must match row for row.
-- Pendency as of a time, grouped by desk, office, district or office category (DESIGN §3).
-- An item is pending at a desk at T when its stay there covers T: arrived_at <= T and (still open or left_at > T).
-- desk_visits holds an open (version 1) and a closed (version 2) row per stay under one key: FINAL keeps the latest.
-- {stays} is desk_visits, or open_stays when no event is later than as_of (same rows then, far fewer: StaysTable).
-- Age buckets count files and receipts together, by whole days of dwell (completed 24-hour periods) at T.
-- Parameters: as_of, level ('desk' | 'office' | 'district' | 'category'), district and office ('' = no scope), stays.
WITH {as_of:DateTime64(3, 'Asia/Kolkata')} AS t
SELECT
    multiIf({level:String} = 'desk', v.desk_id,
            {level:String} = 'office', v.office_id,
            {level:String} = 'district', o.district,
            if(o.registered = 1, toString(o.category), ''))               AS id,
    multiIf({level:String} = 'desk', max(d.registered),
            {level:String} = 'office', max(o.registered),
            max(o.registered))                                            AS registered,
    any(v.office_id)                                                      AS office_id,
    multiIf({level:String} = 'desk', any(d.designation),
            {level:String} = 'office', any(o.name), '')                   AS name,
    multiIf({level:String} = 'desk', any(d.designation_hi),
            {level:String} = 'office', any(o.name_hi), '')                AS name_hi,
    sum(v.files)                                                          AS files,
    sum(v.receipts)                                                       AS receipts,
    sum(v.a0)                                                             AS age_0_7,
    sum(v.a1)                                                             AS age_8_15,
    sum(v.a2)                                                             AS age_16_30,
    sum(v.a3)                                                             AS age_31_90,
    sum(v.a4)                                                             AS age_91_180,
    sum(v.a5)                                                             AS age_over_180
FROM
(
    -- Per desk first: the registry joins then see thousands of desks, not every pending item.
    SELECT office_id, desk_id,
           countIf(kind = 'FILE')                   AS files,
           countIf(kind = 'RECEIPT')                AS receipts,
           countIf(dwell_days <= 7)                 AS a0,
           countIf(dwell_days BETWEEN 8 AND 15)     AS a1,
           countIf(dwell_days BETWEEN 16 AND 30)    AS a2,
           countIf(dwell_days BETWEEN 31 AND 90)    AS a3,
           countIf(dwell_days BETWEEN 91 AND 180)   AS a4,
           countIf(dwell_days > 180)                AS a5
    FROM
    (
        SELECT kind, office_id, desk_id,
               intDiv(toUnixTimestamp64Milli(t) - toUnixTimestamp64Milli(arrived_at), 86400000) AS dwell_days
        FROM desk_visits FINAL
        WHERE arrived_at <= t
          AND (left_at IS NULL OR left_at > t)
          AND ({office:String} = '' OR office_id = {office:String})
          -- the district's offices here too, so that the primary key (office first) skips the other districts
          AND ({district:String} = ''
               OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
    )
    GROUP BY office_id, desk_id
) AS v
LEFT JOIN
(
    SELECT office_id, name, name_hi, category, district, toUInt8(1) AS registered
    FROM offices FINAL
) AS o ON o.office_id = v.office_id
LEFT JOIN
(
    SELECT desk_id, designation, designation_hi, toUInt8(1) AS registered
    FROM desks FINAL
) AS d ON d.desk_id = v.desk_id
WHERE {district:String} = '' OR o.district = {district:String}
-- For district and category, items at unregistered offices form their own group (registered = 0).
GROUP BY id, if({level:String} IN ('district', 'category'), o.registered, 1)
ORDER BY files + receipts DESC, id, registered DESC
-- Versions of a row share its key, and desk_visits/open_stays partition by a month/week of a key column: FINAL
-- need not merge across partitions (never set this for dead_letters or stuck_transitions, whose partitions are not).
SETTINGS do_not_merge_across_partitions_select_final = 1
