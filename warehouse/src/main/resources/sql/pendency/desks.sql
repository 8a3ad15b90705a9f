-- Every desk with something pending as of a time T, in one pass over the stays at T: the desk rows of
-- pendency/as_of (files, receipts, the six age buckets) with the columns of pendency/desk_flow beside them (the oldest
-- item, the median dwell of what is pending, the files and receipts that left the desk in the cleared_days before T).
-- The same rules as those two queries; what the desks view and `report pendency --by desk` show. One pass instead of
-- two: at 10 crore events the stays at T are 35 lakh rows, and the two queries side by side shared two cores.
-- A desk id is one desk, as in pendency/as_of, even when the stays name it at two offices (an unregistered desk named
-- by events of both): every column counts all its stays, and office_id is the first of its offices by id. (desk_flow
-- keeps a row per office and desk.) Grouping by the desk id alone, not by office and desk, is also what makes the
-- pass fast: 330 → 265 ms state-wide at 10 crore events; the exact median is the dearest column left (~50 ms).
-- Parameters: as_of, cleared_days, district and office ('' = no scope).
WITH {as_of:DateTime64(3, 'Asia/Kolkata')} AS t
SELECT
    v.desk_id                AS id,
    d.registered             AS registered,
    v.office_id              AS office_id,
    d.designation            AS name,
    d.designation_hi         AS name_hi,
    v.files                  AS files,
    v.receipts               AS receipts,
    v.a0                     AS age_0_7,
    v.a1                     AS age_8_15,
    v.a2                     AS age_16_30,
    v.a3                     AS age_31_90,
    v.a4                     AS age_91_180,
    v.a5                     AS age_over_180,
    v.oldest_arrived_at      AS oldest_arrived_at,
    v.median_dwell_ms        AS median_dwell_ms,
    c.files                  AS files_cleared,
    c.receipts               AS receipts_cleared
FROM
(
    SELECT desk_id, toString(min(office_id)) AS office_id,
           countIf(kind = 'FILE')                   AS files,
           countIf(kind = 'RECEIPT')                AS receipts,
           countIf(dwell_days <= 7)                 AS a0,
           countIf(dwell_days BETWEEN 8 AND 15)     AS a1,
           countIf(dwell_days BETWEEN 16 AND 30)    AS a2,
           countIf(dwell_days BETWEEN 31 AND 90)    AS a3,
           countIf(dwell_days BETWEEN 91 AND 180)   AS a4,
           countIf(dwell_days > 180)                AS a5,
           min(arrived_at)                                                    AS oldest_arrived_at,
           quantileExactInclusive(0.5)(toFloat64(dwell_ms))                   AS median_dwell_ms
    FROM
    (
        SELECT kind, office_id, desk_id, arrived_at,
               toUnixTimestamp64Milli(t) - toUnixTimestamp64Milli(arrived_at) AS dwell_ms,
               intDiv(dwell_ms, 86400000)                                     AS dwell_days
        FROM
        (
            -- the stays at T: open now and begun by T, or ended after T and begun by T (V083)
            SELECT kind, office_id, desk_id, arrived_at
            FROM open_stays FINAL
            WHERE arrived_at <= t AND left_at IS NULL
              AND ({office:String} = '' OR office_id = {office:String})
              AND ({district:String} = ''
                   OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
            UNION ALL
            SELECT kind, office_id, desk_id, arrived_at
            FROM ended_stays FINAL
            WHERE left_at > t AND arrived_at <= t
              AND ({office:String} = '' OR office_id = {office:String})
              AND ({district:String} = ''
                   OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
        )
    )
    GROUP BY desk_id
) AS v
LEFT JOIN
(
    -- as in pendency/desk_flow: the stays at the desk that ended in the cleared_days before T (at any of its offices)
    SELECT desk_id, countIf(kind = 'FILE') AS files, countIf(kind = 'RECEIPT') AS receipts
    FROM ended_stays FINAL
    WHERE left_at > t - toIntervalDay({cleared_days:UInt16})
      AND left_at <= t
      AND ({office:String} = '' OR office_id = {office:String})
      AND ({district:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
    GROUP BY desk_id
) AS c ON c.desk_id = v.desk_id
LEFT JOIN
(
    SELECT desk_id, designation, designation_hi, toUInt8(1) AS registered
    FROM desks FINAL
) AS d ON d.desk_id = v.desk_id
ORDER BY files + receipts DESC, id
-- Without join_use_nulls a desk that cleared nothing gets 0 from the cleared side, and an unregistered desk
-- registered 0 and no designation, as in pendency/as_of.
-- Versions of a row share its key, and open_stays/ended_stays partition by a week/month of a key column: FINAL
-- need not merge across partitions (as in pendency/as_of).
SETTINGS do_not_merge_across_partitions_select_final = 1
