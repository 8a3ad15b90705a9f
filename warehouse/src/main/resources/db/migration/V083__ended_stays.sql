-- The stays that have ended, ordered by when they ended: with open_stays (V015) they answer "who held what at T"
-- for any T without reading every stay ever (docs/decisions/083-stays-at-a-past-time.md).
--
-- An item is at a desk at T when its stay began by T and had not ended by T. The stays still open now are in
-- open_stays; a stay that was open at T but has ended since ended after T. So the stays at T are
--     open_stays FINAL   WHERE arrived_at <= T
--     ended_stays FINAL  WHERE left_at > T AND arrived_at <= T
-- and, ordered by left_at, ended_stays reads only the stays that ended after T: for yesterday, a day of stays, not
-- nine crore. desk_visits, ordered by office, desk and arrival, has no index that narrows by left_at.
--
-- One row per closed stay (desk_visits version 2), copied by a materialized view on every insert into desk_visits.
-- The row is a pure function of that row, and that row of the file's ordered events (decision 002): a replay writes
-- it again under the same key and ReplacingMergeTree collapses the copies. A stay's left_at never changes once
-- written, because a late event is dead-lettered rather than re-ordering a file's history (decision 010), so left_at
-- may lead the key. Only the columns the "stays at T" queries read are kept.
CREATE TABLE IF NOT EXISTS ended_stays
(
    file_id           String,
    kind              Enum8('FILE' = 1, 'RECEIPT' = 2),
    priority          Enum8('NORMAL' = 1, 'IMMEDIATE' = 2, 'MOST_IMMEDIATE' = 3),
    office_id         LowCardinality(String),
    desk_id           String,
    arrived_at        DateTime64(3, 'Asia/Kolkata'),
    arrived_event_id  String,
    stuck_at          DateTime64(3, 'Asia/Kolkata'),
    stuck_at_calendar DateTime64(3, 'Asia/Kolkata'),
    left_at           DateTime64(3, 'Asia/Kolkata')
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(left_at)
ORDER BY (office_id, left_at, desk_id, arrived_at, file_id, arrived_event_id);

-- desk_visits.left_at, qualified: a bare left_at in WHERE would name the SELECT's alias (assumeNotNull of it), which
-- is never NULL, and open stays would be copied with left_at 1970-01-01.
CREATE MATERIALIZED VIEW IF NOT EXISTS ended_stays_feed TO ended_stays AS
SELECT file_id, kind, priority, office_id, desk_id, arrived_at, arrived_event_id, stuck_at, stuck_at_calendar,
       assumeNotNull(desk_visits.left_at) AS left_at
FROM desk_visits
WHERE desk_visits.left_at IS NOT NULL;

-- Stays that ended before this migration. One ended meanwhile may be copied by both, under one key.
INSERT INTO ended_stays
SELECT file_id, kind, priority, office_id, desk_id, arrived_at, arrived_event_id, stuck_at, stuck_at_calendar,
       assumeNotNull(desk_visits.left_at) AS left_at
FROM desk_visits
WHERE desk_visits.left_at IS NOT NULL;
