-- Every close of a file or receipt with the levels it had reached (DESIGN §3: distinct desks a file passed through
-- before closing), ordered by the time of the close, for the key figures' "levels per closed file".
--
-- Answered from desk_visits alone, the levels of the files closed in a week need every stay of those files, and
-- desk_visits is ordered by office, desk and arrival, not by file: every stay ever is read (10 crore events: 9 crore
-- stays). The stream jobs already write the number: every accepted event writes the file's position
-- (file_positions) with `levels` = the distinct desks visited so far, so the position written by a CLOSED event
-- (status CLOSED, last_event_id = that event) holds the levels at that close.
--
-- A materialized view copies each such row. A row is a pure function of one file_positions row, and that row a
-- deterministic function of the file's events up to the close (decision 002): a replay writes the same row again,
-- under the same key, and ReplacingMergeTree collapses it — exactly once in effect, as for open_stays (decision 013,
-- docs/decisions/080-pre-aggregates-that-stay-exact.md). A close whose row is missing here (a position the sink never
-- wrote, or closes older than this table, see below) is computed from desk_visits by kpis/by_level, as before.
CREATE TABLE IF NOT EXISTS file_closes
(
    closed_at      DateTime64(3, 'Asia/Kolkata'),
    file_id        String,
    close_event_id String,
    kind           Enum8('FILE' = 1, 'RECEIPT' = 2),
    levels         UInt16
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(closed_at)
ORDER BY (closed_at, file_id, close_event_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS file_closes_feed TO file_closes AS
SELECT assumeNotNull(closed_at) AS closed_at, file_id, last_event_id AS close_event_id, kind, levels
FROM file_positions
WHERE status = 'CLOSED' AND closed_at IS NOT NULL;

-- Closes written before this migration: the latest position of each file holds its latest close only, so an
-- earlier close of a file reopened since is not copied here (kpis/by_level computes such closes from desk_visits).
INSERT INTO file_closes
SELECT assumeNotNull(closed_at) AS closed_at, file_id, last_event_id AS close_event_id, kind, levels
FROM file_positions FINAL
WHERE status = 'CLOSED' AND closed_at IS NOT NULL;
