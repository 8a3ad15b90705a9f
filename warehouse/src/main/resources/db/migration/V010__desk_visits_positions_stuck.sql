-- What the stream jobs derive from the accepted events (DESIGN §3 definitions).
-- Every row is a deterministic function of the ordered events of one file, so a replay from a
-- checkpoint rewrites identical keys and ReplacingMergeTree collapses them (docs/architecture.md).

-- One row per stay of a file or receipt at a desk. An open stay is written with version 1 and
-- left_at NULL; when the item moves on, the same key is written again with version 2 and left_at set.
-- Pendency as of T: arrived_at <= T AND (left_at IS NULL OR left_at > T), read with FINAL.
CREATE TABLE IF NOT EXISTS desk_visits
(
    file_id           String,
    kind              Enum8('FILE' = 1, 'RECEIPT' = 2),
    priority          Enum8('NORMAL' = 1, 'IMMEDIATE' = 2, 'MOST_IMMEDIATE' = 3),
    office_id         LowCardinality(String),   -- the desk's office (registry), else the event's office_id
    desk_id           String,
    arrived_at        DateTime64(3, 'Asia/Kolkata'),
    arrived_by        Enum8('CREATED' = 1, 'FORWARDED' = 2, 'RETURNED' = 3, 'REOPENED' = 5),
    arrived_event_id  String,
    stuck_at          DateTime64(3, 'Asia/Kolkata'),  -- threshold crossed, in working days of the office calendar
    stuck_at_calendar DateTime64(3, 'Asia/Kolkata'),  -- the same threshold in plain calendar days (--calendar-days)
    left_at           Nullable(DateTime64(3, 'Asia/Kolkata')),
    left_by           Nullable(Enum8('FORWARDED' = 2, 'RETURNED' = 3, 'CLOSED' = 4)),
    left_event_id     String DEFAULT '',
    version           UInt8
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(arrived_at)
ORDER BY (office_id, desk_id, arrived_at, file_id, arrived_event_id);

-- The latest state of every file and receipt, for answers "now" in milliseconds.
-- version = number of accepted events applied to the file so far (monotonic per file).
CREATE TABLE IF NOT EXISTS file_positions
(
    file_id           String,
    kind              Enum8('FILE' = 1, 'RECEIPT' = 2),
    priority          Enum8('NORMAL' = 1, 'IMMEDIATE' = 2, 'MOST_IMMEDIATE' = 3),
    subject           String,
    created_at        DateTime64(3, 'Asia/Kolkata'),
    created_office_id LowCardinality(String),
    status            Enum8('OPEN' = 1, 'CLOSED' = 2),
    office_id         LowCardinality(String),   -- office of the current desk; of the closing desk when closed
    desk_id           String,                   -- current desk; the closing desk when closed
    arrived_at        DateTime64(3, 'Asia/Kolkata'),
    stuck_at          DateTime64(3, 'Asia/Kolkata'),
    stuck_at_calendar DateTime64(3, 'Asia/Kolkata'),
    closed_at         Nullable(DateTime64(3, 'Asia/Kolkata')),
    levels            UInt16,   -- distinct desks the file has been at so far
    moves             UInt32,   -- FORWARDED + RETURNED so far
    last_event_id     String,
    last_event_ts     DateTime64(3, 'Asia/Kolkata'),
    version           UInt32
)
ENGINE = ReplacingMergeTree(version)
ORDER BY file_id;

-- Real-time stuck alerts: a BECAME_STUCK row when a stay's threshold timer fires (working-day rule),
-- a CLEARED row when the stuck item moves on or closes.
CREATE TABLE IF NOT EXISTS stuck_transitions
(
    file_id     String,
    kind        Enum8('FILE' = 1, 'RECEIPT' = 2),
    priority    Enum8('NORMAL' = 1, 'IMMEDIATE' = 2, 'MOST_IMMEDIATE' = 3),
    office_id   LowCardinality(String),
    desk_id     String,
    arrived_at  DateTime64(3, 'Asia/Kolkata'),
    transition  Enum8('BECAME_STUCK' = 1, 'CLEARED' = 2),
    at          DateTime64(3, 'Asia/Kolkata'),
    event_id    String DEFAULT ''   -- the event that cleared it; empty for BECAME_STUCK
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(at)
ORDER BY (office_id, file_id, arrived_at, desk_id, transition);
