-- What lies at each office's desks as of a time and how much of it is stuck: the two counts of the ranking's stuck
-- share (Ranking), read in one pass over the stays at T instead of pendency/as_of and stuck/top by office (two passes
-- that computed dwell, age buckets and names the ranking does not use: 420 → 130 ms state-wide at 10 crore events).
-- pending is pendency/as_of's files + receipts by office, stuck is stuck/top's count by office, under the same rules
-- (StaysAtIT compares them at every instant of its fixture). Offices the registry does not know have registered = 0.
-- Parameters: as_of, calendar_days (0/1), district, office ('' = no scope).
WITH {as_of:DateTime64(3, 'Asia/Kolkata')} AS t
SELECT
    s.office_id            AS office_id,
    max(o.registered)      AS registered,
    sum(s.pending)         AS pending,
    sum(s.stuck)           AS stuck
FROM
(
    SELECT office_id,
           count()                                                                      AS pending,
           countIf(if({calendar_days:UInt8} = 1, stuck_at_calendar, stuck_at) <= t)    AS stuck
    FROM
    (
        -- the stays at T: open now and begun by T, or ended after T and begun by T (V083)
        SELECT office_id, stuck_at, stuck_at_calendar
        FROM open_stays FINAL
        WHERE arrived_at <= t AND left_at IS NULL
          AND ({office:String} = '' OR office_id = {office:String})
          AND ({district:String} = ''
               OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
        UNION ALL
        SELECT office_id, stuck_at, stuck_at_calendar
        FROM ended_stays FINAL
        WHERE left_at > t AND arrived_at <= t
          AND ({office:String} = '' OR office_id = {office:String})
          AND ({district:String} = ''
               OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
    )
    GROUP BY office_id
) AS s
LEFT JOIN
(
    SELECT office_id, district, toUInt8(1) AS registered
    FROM offices FINAL
) AS o ON o.office_id = s.office_id
WHERE {district:String} = '' OR o.district = {district:String}
GROUP BY s.office_id
ORDER BY s.office_id
-- Versions of a row share its key, and open_stays/ended_stays partition by a week/month of a key column: FINAL
-- need not merge across partitions.
SETTINGS do_not_merge_across_partitions_select_final = 1
