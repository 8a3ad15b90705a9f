-- The event time (ts) of the accepted event ingested last in the day up to T: the feed's own clock, which for the
-- simulator runs ahead of the wall clock. The overview compares it with the offices' working hours to say that a
-- quiet feed means closed offices. movement_events has a minmax index on ingested_at (V050): only the newest
-- granules are read.
-- Parameters: now.
SELECT ts
FROM movement_events
WHERE ingested_at > {now:DateTime64(3, 'Asia/Kolkata')} - INTERVAL 1 DAY
  AND ingested_at <= {now:DateTime64(3, 'Asia/Kolkata')}
ORDER BY ingested_at DESC
LIMIT 1
