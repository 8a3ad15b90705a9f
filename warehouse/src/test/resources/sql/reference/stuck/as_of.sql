-- The query as it was before V083–V084 (every stay from desk_visits, every event from movement_events): kept as
-- StaysAtIT's reference, which the new query must match row for row.
-- Files and receipts stuck as of a time: at their desk at T (arrived_at <= T, not left by T) and past the stuck
-- threshold of their priority by T. The stream jobs write both thresholds per stay: stuck_at in working days of the
-- office's calendar (default), stuck_at_calendar in plain calendar days (the --calendar-days switch).
-- total is the number of stuck items before the LIMIT (the longest-waiting come first).
-- min_days / max_days bound the dwell days at the desk (both included; max_days NULL = no upper bound).
-- Parameters: as_of, calendar_days (0/1), district, office, desk, priority, kind ('' = any), min_days, max_days, limit,
-- stays (desk_visits, or open_stays when no event is later: StaysTable).
WITH {as_of:DateTime64(3, 'Asia/Kolkata')} AS t
SELECT
    file_id,
    toString(kind)                                                                    AS kind,
    toString(priority)                                                                AS priority,
    office_id,
    desk_id,
    arrived_at,
    if({calendar_days:UInt8} = 1, stuck_at_calendar, stuck_at)                         AS stuck_since,
    intDiv(toUnixTimestamp64Milli(t) - toUnixTimestamp64Milli(arrived_at), 86400000)  AS dwell_days,
    count() OVER ()                                                                   AS total
FROM desk_visits FINAL
WHERE arrived_at <= t
  AND (left_at IS NULL OR left_at > t)
  AND if({calendar_days:UInt8} = 1, stuck_at_calendar, stuck_at) <= t
  AND ({office:String} = '' OR office_id = {office:String})
  AND ({district:String} = ''
       OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
  AND ({desk:String} = '' OR desk_id = {desk:String})
  AND ({priority:String} = '' OR toString(priority) = {priority:String})
  AND ({kind:String} = '' OR toString(kind) = {kind:String})
  AND dwell_days >= {min_days:UInt32}
  AND ({max_days:Nullable(UInt32)} IS NULL OR dwell_days <= {max_days:Nullable(UInt32)})
ORDER BY arrived_at, file_id
LIMIT {limit:UInt64}
-- Versions of a row share its key, and desk_visits/open_stays partition by a month/week of a key column: FINAL
-- need not merge across partitions (never set this for dead_letters or stuck_transitions, whose partitions are not).
SETTINGS do_not_merge_across_partitions_select_final = 1
