-- The accepted CREATED and CLOSED events, ordered by type, office and time: rollout's files created and the key
-- figures' closes of a period read these two types only. movement_events, ordered by office and time, holds every
-- move as well (10 crore events: 2.3 crore creations and closes among them), and its type is not in its key, so
-- each of those queries read every event of the period or of all time (docs/decisions/083-stays-at-a-past-time.md).
--
-- A copy of each such row, by a materialized view on every insert into movement_events, under movement_events' own
-- key with the type in front: a replayed event is written again under the same key and collapses, as there.
CREATE TABLE IF NOT EXISTS creations_and_closes
(
    type      Enum8('CREATED' = 1, 'CLOSED' = 4),
    ts        DateTime64(3, 'Asia/Kolkata'),
    kind      Enum8('FILE' = 1, 'RECEIPT' = 2),
    file_id   String,
    office_id LowCardinality(String),
    from_desk String,
    event_id  String
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (type, office_id, ts, file_id, event_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS creations_and_closes_feed TO creations_and_closes AS
SELECT CAST(type AS Enum8('CREATED' = 1, 'CLOSED' = 4)) AS type, ts, kind, file_id, office_id,
       from_desk, event_id
FROM movement_events
WHERE movement_events.type IN ('CREATED', 'CLOSED');

-- Events written before this migration; one written meanwhile may be copied by both, under one key.
INSERT INTO creations_and_closes
SELECT CAST(type AS Enum8('CREATED' = 1, 'CLOSED' = 4)) AS type, ts, kind, file_id, office_id,
       from_desk, event_id
FROM movement_events
WHERE movement_events.type IN ('CREATED', 'CLOSED');
