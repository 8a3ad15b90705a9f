-- Lines dropped as repeats of an event already seen (duplicate_events collapses a replayed line; FINAL).
-- Parameters: none.
SELECT count() AS duplicates
FROM duplicate_events FINAL
