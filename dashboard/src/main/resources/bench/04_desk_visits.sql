-- One row per stay, as after the background merges (the latest version only). Thresholds in calendar days
-- (NORMAL 7, IMMEDIATE 3, MOST_IMMEDIATE 1); the working-day threshold is approximated as a 6-day week.
INSERT INTO desk_visits (file_id, kind, priority, office_id, desk_id, arrived_at, arrived_by, arrived_event_id,
                         stuck_at, stuck_at_calendar, left_at, left_by, left_event_id, version)
SELECT file_id, kind, priority, office_id, desk_id, at, type, concat(file_id, '#', toString(i)),
       at + toIntervalHour(intDiv(days * 7 * 24 + 5, 6)), at + toIntervalDay(days),
       next_at, if(next_type = '', NULL, next_type), if(next_type = '', '', concat(file_id, '#', toString(i + 1))),
       if(next_at IS NULL, 1, 2)
FROM
(
    SELECT *, multiIf(priority = 'NORMAL', 7, priority = 'IMMEDIATE', 3, 1) AS days
    FROM bench_events
    WHERE type != 'CLOSED'
)
