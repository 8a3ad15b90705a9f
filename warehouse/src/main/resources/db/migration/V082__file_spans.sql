-- When each file or receipt was first and last named by an accepted event of each office: the key that finds one
-- file's trail. movement_events is ordered by office and time, so a file id alone narrows it only through the
-- bloom-filter index (V002), which at 10 crore events still lets through a percent of all granules; desk_visits,
-- ordered by office, desk and arrival, is narrowed by the desks of those events. With the file's offices and the
-- times of its first and last event the trail reads the office-and-time ranges of its own events and stays only.
--
-- One row per file and event office: min and max are exact under replays — the same events seen twice give the same
-- minimum and maximum (decision 060; docs/decisions/080-pre-aggregates-that-stay-exact.md). Nothing is counted.
CREATE TABLE IF NOT EXISTS file_spans
(
    file_id   String,
    office_id LowCardinality(String),   -- the event's office
    first_ts  SimpleAggregateFunction(min, DateTime64(3, 'Asia/Kolkata')),
    last_ts   SimpleAggregateFunction(max, DateTime64(3, 'Asia/Kolkata'))
)
ENGINE = AggregatingMergeTree
ORDER BY (file_id, office_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS file_spans_feed TO file_spans AS
SELECT file_id, office_id, min(ts) AS first_ts, max(ts) AS last_ts
FROM movement_events
GROUP BY file_id, office_id;

-- Events written before this migration; one written meanwhile may be seen by both, which min and max ignore.
INSERT INTO file_spans
SELECT file_id, office_id, min(ts) AS first_ts, max(ts) AS last_ts
FROM movement_events
GROUP BY file_id, office_id;
