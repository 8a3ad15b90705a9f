-- When each office and desk was first and last named by an accepted event: data freshness per office and the
-- office and desk ids the registry does not know (DESIGN §3: accepted, shown as unregistered on the health view).
--
-- Answered from movement_events directly, "the latest event of every office" reads the ts of every event ever
-- (10 crore at design scale). A materialized view keeps one row per (office, desk) instead. Unlike the counts of
-- decision 012, min and max are exact under replays: a replayed block brings the same ts again, and a minimum
-- or maximum taken twice is the same (docs/decisions/060-activity-by-materialized-view.md).
--
-- office_id is the event's office (the office whose feed sent it); desk_id is its from_desk or to_desk.
CREATE TABLE IF NOT EXISTS desk_activity
(
    office_id LowCardinality(String),
    desk_id   String,
    first_ts  SimpleAggregateFunction(min, DateTime64(3, 'Asia/Kolkata')),
    last_ts   SimpleAggregateFunction(max, DateTime64(3, 'Asia/Kolkata'))
)
ENGINE = AggregatingMergeTree
ORDER BY (office_id, desk_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS desk_activity_feed TO desk_activity AS
SELECT office_id, desk_id, min(ts) AS first_ts, max(ts) AS last_ts
FROM movement_events
ARRAY JOIN [from_desk, to_desk] AS desk_id
WHERE desk_id != ''
GROUP BY office_id, desk_id;

-- Events written before this migration. An event written meanwhile may be counted by both the view and this
-- copy; for a minimum and a maximum that changes nothing.
INSERT INTO desk_activity
SELECT office_id, desk_id, min(ts) AS first_ts, max(ts) AS last_ts
FROM movement_events
ARRAY JOIN [from_desk, to_desk] AS desk_id
WHERE desk_id != ''
GROUP BY office_id, desk_id;
