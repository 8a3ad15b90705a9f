-- The overview's live counter "events/s over the last minute" counts the accepted events ingested in the last
-- minute. movement_events is ordered by office and event time, not by ingestion time, so without help that count
-- reads the ingested_at column of the whole history. A minmax skip index on ingested_at lets the engine skip every
-- granule ingested earlier (all of them but the newest, for a live feed). MATERIALIZE builds it for parts written
-- before this migration.

ALTER TABLE movement_events ADD INDEX IF NOT EXISTS idx_ingested_at ingested_at TYPE minmax GRANULARITY 1;
ALTER TABLE movement_events MATERIALIZE INDEX idx_ingested_at;
