-- Stuck files and receipts per desk as of a time, state-wide: how many rows stuck/as_of returns per desk, under the
-- same conditions (warehouse/src/main/resources/sql/stuck/as_of.sql; its dwell bounds are not used here). A Monday
-- run reads this once per as-of and each mail sums the desks of its scope: the week before needs the counts only,
-- and 4,000 desk rows come back in seconds where the state's 24 lakh stuck rows take half a minute.
-- Parameters: as_of, calendar_days (0/1), stays (desk_visits, or open_stays when no event is later: StaysTable).
WITH {as_of:DateTime64(3, 'Asia/Kolkata')} AS t
SELECT toString(office_id) AS office_id, desk_id, count() AS stuck
FROM {stays:Identifier} FINAL
WHERE arrived_at <= t
  AND (left_at IS NULL OR left_at > t)
  AND if({calendar_days:UInt8} = 1, stuck_at_calendar, stuck_at) <= t
GROUP BY office_id, desk_id
ORDER BY office_id, desk_id
-- As in stuck/as_of: versions of a row share its key and its partition, so FINAL need not merge across partitions.
SETTINGS do_not_merge_across_partitions_select_final = 1
