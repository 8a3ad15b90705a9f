-- One file's trail is looked up by file_id, but movement_events is ordered by office and time, so without help
-- that lookup reads the whole table. A bloom-filter skip index on file_id lets the engine skip the granules that
-- cannot hold the file (docs/warehouse.md). MATERIALIZE builds it for parts written before this migration.
-- desk_visits needs no index of its own: the trail query narrows it by the desk ids (second key column) taken
-- from the file's events.

ALTER TABLE movement_events ADD INDEX IF NOT EXISTS idx_file_id file_id TYPE bloom_filter(0.01) GRANULARITY 4;
ALTER TABLE movement_events MATERIALIZE INDEX idx_file_id;
