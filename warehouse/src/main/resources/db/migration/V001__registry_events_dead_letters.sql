-- The office registry, desks, every accepted movement event, and the dead letters.
-- Idempotent keys everywhere (ReplacingMergeTree): a replay after a crash writes rows with the same
-- key, which collapse; readers use FINAL (or argMax / uniqExact) where a replay may not have merged yet.

CREATE TABLE IF NOT EXISTS offices
(
    office_id        String,
    name             String,
    name_hi          String,
    category         Enum8('SECRETARIAT_DEPARTMENT' = 1, 'HOD_OFFICE' = 2, 'POLICE_UNIT' = 3,
                           'DIVISION_OFFICE' = 4, 'DISTRICT_OFFICE' = 5),
    district         LowCardinality(String),
    division         LowCardinality(String),
    parent_office_id String,
    rollout_stage    Enum8('NOT_STARTED' = 1, 'EMAIL_IDS_CREATED' = 2, 'TRAINED' = 3,
                           'IN_PROGRESS' = 4, 'LIVE' = 5),
    stage_since      Date,
    loaded_at        DateTime64(3, 'Asia/Kolkata')
)
ENGINE = ReplacingMergeTree(loaded_at)
ORDER BY office_id;

-- Every stage an office has been seen at, so "offices that moved stage" is a query, not a diff of files.
CREATE TABLE IF NOT EXISTS office_stage_history
(
    office_id     String,
    rollout_stage Enum8('NOT_STARTED' = 1, 'EMAIL_IDS_CREATED' = 2, 'TRAINED' = 3,
                        'IN_PROGRESS' = 4, 'LIVE' = 5),
    stage_since   Date,
    first_seen_at DateTime64(3, 'Asia/Kolkata')
)
ENGINE = ReplacingMergeTree
ORDER BY (office_id, stage_since, rollout_stage);

CREATE TABLE IF NOT EXISTS desks
(
    desk_id        String,
    office_id      LowCardinality(String),
    designation    LowCardinality(String),
    designation_hi LowCardinality(String),
    holder_name    String,
    loaded_at      DateTime64(3, 'Asia/Kolkata')
)
ENGINE = ReplacingMergeTree(loaded_at)
ORDER BY desk_id;

-- Accepted events only (valid, not a duplicate, a valid transition for the file's state).
CREATE TABLE IF NOT EXISTS movement_events
(
    event_id    String,
    ts          DateTime64(3, 'Asia/Kolkata'),
    type        Enum8('CREATED' = 1, 'FORWARDED' = 2, 'RETURNED' = 3, 'CLOSED' = 4, 'REOPENED' = 5),
    kind        Enum8('FILE' = 1, 'RECEIPT' = 2),
    file_id     String,
    office_id   LowCardinality(String),
    from_desk   String,
    to_desk     String,
    priority    Enum8('NORMAL' = 1, 'IMMEDIATE' = 2, 'MOST_IMMEDIATE' = 3),
    subject     String,
    source      LowCardinality(String),
    ingested_at DateTime64(3, 'Asia/Kolkata')
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (office_id, ts, file_id, event_id);

-- Rejected lines, raw and untouched, with a reason code from the fixed list
-- (stream-jobs RejectionReason; docs/input-format.md). source_position is deterministic per line
-- (file:line, topic:partition:offset, or the simulator's sequence number), so a replay collapses.
CREATE TABLE IF NOT EXISTS dead_letters
(
    source          LowCardinality(String),
    source_position String,
    reason          LowCardinality(String),
    detail          String,
    raw_line        String,
    event_id        String,
    file_id         String,
    arrived_at      DateTime64(3, 'Asia/Kolkata')
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(arrived_at)
ORDER BY (source, source_position, reason);
