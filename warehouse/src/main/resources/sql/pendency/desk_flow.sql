-- Per desk as of a time T, beside its pendency (pendency/as_of): the oldest item pending there, the median dwell of
-- what is pending, and the files and receipts that left the desk in the days before T (cleared_days, 7).
--   pending: the rule of pendency/as_of — arrived_at <= T and not left by T — read from open_stays and ended_stays
--     as there (V083);
--   oldest_arrived_at: the earliest arrival among them (NULL when nothing is pending);
--   median_dwell_ms: their median dwell at T in milliseconds, interpolated between the two middle items when their
--     number is even (quantileExactInclusive); NULL when nothing is pending;
--   files_cleared / receipts_cleared: the stays at the desk that ended with T - cleared_days < left_at <= T
--     (PendencyQueries.CLEARED_DAYS = 7) — each ended by one accepted FORWARDED, RETURNED or CLOSED event with the
--     desk as from_desk. Read from ended_stays, ordered by office and end, so only the last days are read.
-- A desk's office is that of its stays: the registry's, else the event's (as in desk_visits).
-- Parameters: as_of, cleared_days, district and office ('' = no scope).
WITH {as_of:DateTime64(3, 'Asia/Kolkata')} AS t
SELECT
    ifNull(p.office_id, c.office_id)            AS office_id,
    ifNull(p.desk_id, c.desk_id)                AS desk_id,
    p.oldest_arrived_at                         AS oldest_arrived_at,
    p.median_dwell_ms                           AS median_dwell_ms,
    ifNull(c.files, 0)                          AS files_cleared,
    ifNull(c.receipts, 0)                       AS receipts_cleared
FROM
(
    SELECT toString(office_id) AS office_id, desk_id,
           min(arrived_at) AS oldest_arrived_at,
           quantileExactInclusive(0.5)(toFloat64(toUnixTimestamp64Milli(t) - toUnixTimestamp64Milli(arrived_at)))
               AS median_dwell_ms
    FROM
    (
        -- the stays at T: open now and begun by T, or ended after T and begun by T (V083)
        SELECT office_id, desk_id, arrived_at
        FROM open_stays FINAL
        WHERE arrived_at <= t AND left_at IS NULL
          AND ({office:String} = '' OR office_id = {office:String})
          AND ({district:String} = ''
               OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
        UNION ALL
        SELECT office_id, desk_id, arrived_at
        FROM ended_stays FINAL
        WHERE left_at > t AND arrived_at <= t
          AND ({office:String} = '' OR office_id = {office:String})
          AND ({district:String} = ''
               OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
    )
    GROUP BY office_id, desk_id
) AS p
FULL OUTER JOIN
(
    SELECT toString(office_id) AS office_id, desk_id,
           countIf(kind = 'FILE') AS files, countIf(kind = 'RECEIPT') AS receipts
    FROM ended_stays FINAL
    WHERE left_at > t - toIntervalDay({cleared_days:UInt16})
      AND left_at <= t
      AND ({office:String} = '' OR office_id = {office:String})
      AND ({district:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
    GROUP BY office_id, desk_id
) AS c ON c.office_id = p.office_id AND c.desk_id = p.desk_id
ORDER BY office_id, desk_id
-- join_use_nulls: a desk with nothing pending has no oldest item and no median (NULL, not 1970 and 0).
-- Versions of a row share its key, and the tables read partition by a week/month of a key column: FINAL need not
-- merge across partitions (as in pendency/as_of).
SETTINGS join_use_nulls = 1, do_not_merge_across_partitions_select_final = 1
