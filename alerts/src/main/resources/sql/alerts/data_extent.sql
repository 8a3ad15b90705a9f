-- How much data the warehouse holds and up to when: the benchmark reports it and reports as of its end.
SELECT count() AS events, max(ts) AS last_ts FROM movement_events
