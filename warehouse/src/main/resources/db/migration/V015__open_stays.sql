-- The stays that are still open, for answers "now" that need not read the whole history (DESIGN §5: 10 million
-- files; desk_visits keeps every stay ever, and pendency or stuck files now would otherwise scan all of it).
--
-- Fed by a materialized view on every insert into desk_visits: an open stay (version 1) arrives as a live row, the
-- same stay's closed row (version 2) as a deleted one (is_closed = 1), which FINAL hides and merges drop. Both rows
-- carry the key and version of desk_visits, so a replay after a crash writes identical rows and ReplacingMergeTree
-- collapses them: exactly-once in effect, as for desk_visits (docs/decisions/013-open-stays.md).
--
-- Weekly partitions keep the deleted rows few: a partition whose parts are all older than an hour is merged into
-- one part with CLEANUP, which removes them. What stays is the open stays plus this week's closed ones.
CREATE TABLE IF NOT EXISTS open_stays
(
    file_id           String,
    kind              Enum8('FILE' = 1, 'RECEIPT' = 2),
    priority          Enum8('NORMAL' = 1, 'IMMEDIATE' = 2, 'MOST_IMMEDIATE' = 3),
    office_id         LowCardinality(String),
    desk_id           String,
    arrived_at        DateTime64(3, 'Asia/Kolkata'),
    arrived_by        Enum8('CREATED' = 1, 'FORWARDED' = 2, 'RETURNED' = 3, 'REOPENED' = 5),
    arrived_event_id  String,
    stuck_at          DateTime64(3, 'Asia/Kolkata'),
    stuck_at_calendar DateTime64(3, 'Asia/Kolkata'),
    left_at           Nullable(DateTime64(3, 'Asia/Kolkata')),
    left_by           Nullable(Enum8('FORWARDED' = 2, 'RETURNED' = 3, 'CLOSED' = 4)),
    left_event_id     String DEFAULT '',
    version           UInt8,
    is_closed         UInt8
)
ENGINE = ReplacingMergeTree(version, is_closed)
PARTITION BY toMonday(arrived_at)
ORDER BY (office_id, desk_id, arrived_at, file_id, arrived_event_id)
SETTINGS allow_experimental_replacing_merge_with_cleanup = 1,
         enable_replacing_merge_with_cleanup_for_min_age_to_force_merge = 1,
         min_age_to_force_merge_seconds = 3600,
         min_age_to_force_merge_on_partition_only = 1;

CREATE MATERIALIZED VIEW IF NOT EXISTS open_stays_feed TO open_stays AS
SELECT file_id, kind, priority, office_id, desk_id, arrived_at, arrived_by, arrived_event_id, stuck_at,
       stuck_at_calendar, left_at, left_by, left_event_id, version, toUInt8(left_at IS NOT NULL) AS is_closed
FROM desk_visits;

-- Stays written before this migration. The view already feeds later ones; a stay closed meanwhile has its
-- deleted row at version 2, which wins over the version 1 row copied here.
INSERT INTO open_stays
SELECT file_id, kind, priority, office_id, desk_id, arrived_at, arrived_by, arrived_event_id, stuck_at,
       stuck_at_calendar, left_at, left_by, left_event_id, version, 0
FROM desk_visits FINAL
WHERE left_at IS NULL;
