-- Every desk's pendency and stuck items as of a time, state-wide, in one pass over the stays: the desk rows of
-- pendency/as_of.sql (files, receipts, the six age buckets by whole days of dwell) and, beside them, how many rows
-- stuck/as_of.sql returns for the desk (past the threshold of their priority by T). The same conditions as those
-- two queries; the registry's names and districts are joined in Java, as the mails cut each scope from these rows.
-- One scan per as-of instead of two (pendency, stuck) — at 10 crore events each scan takes seconds.
-- The stays at T are read as in pendency/as_of: open_stays and ended_stays (V083).
-- Parameters: as_of, calendar_days (0/1).
WITH {as_of:DateTime64(3, 'Asia/Kolkata')} AS t
SELECT toString(office_id)                      AS office_id,
       desk_id,
       countIf(kind = 'FILE')                   AS files,
       countIf(kind = 'RECEIPT')                AS receipts,
       countIf(dwell_days <= 7)                 AS age_0_7,
       countIf(dwell_days BETWEEN 8 AND 15)     AS age_8_15,
       countIf(dwell_days BETWEEN 16 AND 30)    AS age_16_30,
       countIf(dwell_days BETWEEN 31 AND 90)    AS age_31_90,
       countIf(dwell_days BETWEEN 91 AND 180)   AS age_91_180,
       countIf(dwell_days > 180)                AS age_over_180,
       countIf(stuck_since <= t)                AS stuck
FROM
(
    SELECT kind, office_id, desk_id,
           intDiv(toUnixTimestamp64Milli(t) - toUnixTimestamp64Milli(arrived_at), 86400000) AS dwell_days,
           if({calendar_days:UInt8} = 1, stuck_at_calendar, stuck_at)                        AS stuck_since
    FROM
    (
        -- the stays at T: open now and begun by T, or ended after T and begun by T (V083)
        SELECT kind, office_id, desk_id, arrived_at, stuck_at, stuck_at_calendar
        FROM open_stays FINAL
        WHERE arrived_at <= t AND left_at IS NULL
        UNION ALL
        SELECT kind, office_id, desk_id, arrived_at, stuck_at, stuck_at_calendar
        FROM ended_stays FINAL
        WHERE left_at > t AND arrived_at <= t
    )
)
GROUP BY office_id, desk_id
ORDER BY office_id, desk_id
-- As in pendency/as_of and stuck/as_of: versions of a row share its key and its partition.
SETTINGS do_not_merge_across_partitions_select_final = 1
