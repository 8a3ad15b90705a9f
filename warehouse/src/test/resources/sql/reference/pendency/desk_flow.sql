-- The query as it was before V083–V084 (every stay from desk_visits, every event from movement_events): kept as
-- StaysAtIT's reference, which the new query must match row for row.
-- Per desk as of a time T, beside its pendency (pendency/as_of): the oldest item pending there, the median dwell of
-- what is pending, and the files and receipts that left the desk in the days before T (cleared_days, 7).
--   pending: the rule of pendency/as_of — arrived_at <= T and not left by T — read from {stays} (StaysTable);
--   oldest_arrived_at: the earliest arrival among them (NULL when nothing is pending);
--   median_dwell_ms: their median dwell at T in milliseconds, interpolated between the two middle items when their
--     number is even (quantileExactInclusive); NULL when nothing is pending;
--   files_cleared / receipts_cleared: accepted events that moved an item away from the desk — FORWARDED, RETURNED
--     or CLOSED with the desk as from_desk — with T - cleared_days < ts <= T (PendencyQueries.CLEARED_DAYS = 7).
--     Read from movement_events (partitioned by the month of ts, so only the last days are read), not from
--     desk_visits' left_at, which no index narrows.
-- A desk's office is the registry's; for an unregistered desk, the office of the stay or of the event.
-- Parameters: as_of, cleared_days, district and office ('' = no scope), stays.
WITH {as_of:DateTime64(3, 'Asia/Kolkata')} AS t
SELECT
    ifNull(p.office_id, c.desk_office)          AS office_id,
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
    FROM desk_visits FINAL
    WHERE arrived_at <= t
      AND (left_at IS NULL OR left_at > t)
      AND ({office:String} = '' OR office_id = {office:String})
      AND ({district:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
    GROUP BY office_id, desk_id
) AS p
FULL OUTER JOIN
(
    SELECT e.desk_id AS desk_id,
           if(d.registered = 1, d.desk_office, e.event_office) AS desk_office,
           e.files AS files, e.receipts AS receipts
    FROM
    (
        SELECT from_desk AS desk_id, toString(any(office_id)) AS event_office,
               countIf(kind = 'FILE') AS files, countIf(kind = 'RECEIPT') AS receipts
        FROM movement_events FINAL
        WHERE type IN ('FORWARDED', 'RETURNED', 'CLOSED')
          AND from_desk != ''
          AND ts > t - toIntervalDay({cleared_days:UInt16})
          AND ts <= t
        GROUP BY from_desk
    ) AS e
    LEFT JOIN (SELECT desk_id, toString(office_id) AS desk_office, toUInt8(1) AS registered FROM desks FINAL) AS d
        ON d.desk_id = e.desk_id
    WHERE ({office:String} = '' OR desk_office = {office:String})
      AND ({district:String} = ''
           OR desk_office IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
) AS c ON c.desk_id = p.desk_id
ORDER BY office_id, desk_id
-- join_use_nulls: a desk with nothing pending has no oldest item and no median (NULL, not 1970 and 0).
-- Versions of a row share its key, and the tables read partition by a month/week of a key column: FINAL need not
-- merge across partitions (as in pendency/as_of).
SETTINGS join_use_nulls = 1, do_not_merge_across_partitions_select_final = 1
