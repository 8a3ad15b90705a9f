-- The query as it was before V083–V084 (every stay from desk_visits, every event from movement_events): kept as
-- StaysAtIT's reference, which the new query must match row for row.
-- The overview's live counters at a time T, for a scope:
--   events_last_minute: accepted events ingested in the minute up to T (the feed's rate; movement_events has a
--     minmax index on ingested_at, V050, so only the newest granules are read). uniqExact(event_id) rather than
--     FINAL: a replay that wrote an event twice counts it once without merging the whole table;
--   open_files / open_receipts: items at a desk at T (the pendency rule, from {stays}: StaysTable);
--   stuck_now: items stuck at T, working-day thresholds (stuck/as_of's rule).
-- Parameters: now, district and office ('' = no scope), category ('' = any; POLICE_UNIT for the police HQ), stays.
SELECT
    (
        SELECT uniqExact(event_id) FROM movement_events
        WHERE ingested_at > {now:DateTime64(3, 'Asia/Kolkata')} - INTERVAL 60 SECOND
          AND ingested_at <= {now:DateTime64(3, 'Asia/Kolkata')}
          AND ({office:String} = '' OR office_id = {office:String})
          AND ({district:String} = ''
               OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
          AND ({category:String} = ''
               OR office_id IN (SELECT office_id FROM offices FINAL WHERE toString(category) = {category:String}))
    ) AS events_last_minute,
    s.open_files AS open_files,
    s.open_receipts AS open_receipts,
    s.stuck_now AS stuck_now
FROM
(
    SELECT countIf(kind = 'FILE')                                        AS open_files,
           countIf(kind = 'RECEIPT')                                     AS open_receipts,
           countIf(stuck_at <= {now:DateTime64(3, 'Asia/Kolkata')})      AS stuck_now
    FROM desk_visits FINAL
    WHERE arrived_at <= {now:DateTime64(3, 'Asia/Kolkata')}
      AND (left_at IS NULL OR left_at > {now:DateTime64(3, 'Asia/Kolkata')})
      AND ({office:String} = '' OR office_id = {office:String})
      AND ({district:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
      AND ({category:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE toString(category) = {category:String}))
) AS s
SETTINGS do_not_merge_across_partitions_select_final = 1
