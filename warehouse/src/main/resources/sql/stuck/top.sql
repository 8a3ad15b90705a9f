-- Where stuck items pile up: stuck count as of a time per district or per office, largest first.
-- Same rule as stuck/as_of. Items at unregistered offices count under district '' with registered = 0.
-- Parameters: as_of, calendar_days (0/1), level ('district' | 'office'), district, office ('' = no scope), top.
WITH {as_of:DateTime64(3, 'Asia/Kolkata')} AS t
SELECT
    if({level:String} = 'district', o.district, s.office_id) AS id,
    max(o.registered)                                       AS registered,
    if({level:String} = 'district', '', any(o.name))        AS name,
    if({level:String} = 'district', '', any(o.name_hi))     AS name_hi,
    count()                                                 AS stuck,
    countIf(s.kind = 'FILE')                                AS files,
    countIf(s.kind = 'RECEIPT')                             AS receipts
FROM
(
    -- the stays at T: open now and begun by T, or ended after T and begun by T (V083)
    SELECT office_id, kind
    FROM open_stays FINAL
    WHERE arrived_at <= t AND left_at IS NULL
      AND if({calendar_days:UInt8} = 1, stuck_at_calendar, stuck_at) <= t
      AND ({office:String} = '' OR office_id = {office:String})
      AND ({district:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
    UNION ALL
    SELECT office_id, kind
    FROM ended_stays FINAL
    WHERE left_at > t AND arrived_at <= t
      AND if({calendar_days:UInt8} = 1, stuck_at_calendar, stuck_at) <= t
      AND ({office:String} = '' OR office_id = {office:String})
      AND ({district:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
) AS s
LEFT JOIN
(
    SELECT office_id, name, name_hi, district, toUInt8(1) AS registered
    FROM offices FINAL
) AS o ON o.office_id = s.office_id
WHERE {district:String} = '' OR o.district = {district:String}
GROUP BY id, if({level:String} = 'district', o.registered, 1)
ORDER BY stuck DESC, id, registered DESC
LIMIT {top:UInt32}
-- Versions of a row share its key, and open_stays/ended_stays partition by a week/month of a key column: FINAL
-- need not merge across partitions (never set this for dead_letters or stuck_transitions, whose partitions are not).
SETTINGS do_not_merge_across_partitions_select_final = 1
