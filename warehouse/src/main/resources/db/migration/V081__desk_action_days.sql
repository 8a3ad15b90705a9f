-- The days on which each desk acted, for the key figures' idle desks ("desks with no action in 30 days", DESIGN §3).
-- An action is what kpis/by_level has always counted: being the from_desk of an accepted event (forwarded, returned
-- or closed something), or the to_desk of a CREATED event (created an item there). One row per IST day, event office
-- and desk, with the latest action's time that day.
--
-- Read from movement_events directly, the idle desks of one day read the desk columns of 30 days of events (80 lakh
-- at 10 crore a year) and "last action" the whole history of the scope. A materialized view keeps one row per
-- desk and day instead. As with desk_activity (decision 060), these rows are exact under replays: whether a desk
-- acted on a day, and the maximum of its action times, do not change when the same events arrive twice
-- (docs/decisions/080-pre-aggregates-that-stay-exact.md). No count is kept.
CREATE TABLE IF NOT EXISTS desk_action_days
(
    day       Date,
    office_id LowCardinality(String),   -- the event's office, as kpis/idle_desks' "last action" looks it up
    desk_id   String,
    last_ts   SimpleAggregateFunction(max, DateTime64(3, 'Asia/Kolkata'))
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (day, office_id, desk_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS desk_action_days_feed TO desk_action_days AS
SELECT toDate(ts) AS day, office_id, desk AS desk_id, max(ts) AS last_ts
FROM movement_events
ARRAY JOIN [from_desk, if(type = 'CREATED', to_desk, '')] AS desk
WHERE desk != ''
GROUP BY day, office_id, desk_id;

-- Events written before this migration; one written meanwhile may be seen by both, which a maximum ignores.
INSERT INTO desk_action_days
SELECT toDate(ts) AS day, office_id, desk AS desk_id, max(ts) AS last_ts
FROM movement_events
ARRAY JOIN [from_desk, if(type = 'CREATED', to_desk, '')] AS desk
WHERE desk != ''
GROUP BY day, office_id, desk_id;
