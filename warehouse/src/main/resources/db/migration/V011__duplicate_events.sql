-- Lines whose event_id had been seen before (DESIGN §3: dropped, counted, never applied twice).
-- One row per duplicate line, keyed by where the line was read (file:line, topic:partition:offset, the
-- simulator's sequence number): a replay after a restart rewrites the same key, so count() FINAL stays exact.
CREATE TABLE IF NOT EXISTS duplicate_events
(
    source          LowCardinality(String),
    source_position String,
    event_id        String,
    file_id         String,
    ts              DateTime64(3, 'Asia/Kolkata'),
    arrived_at      DateTime64(3, 'Asia/Kolkata')
)
ENGINE = ReplacingMergeTree
ORDER BY (source, source_position);
