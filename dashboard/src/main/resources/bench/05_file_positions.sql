-- The latest state of every item: its last event, the desk of its last stay.
INSERT INTO file_positions (file_id, kind, priority, subject, created_at, created_office_id, status, office_id,
                            desk_id, arrived_at, stuck_at, stuck_at_calendar, closed_at, levels, moves,
                            last_event_id, last_event_ts, version)
SELECT file_id, any(kind), any(priority), concat('Bench item ', file_id), min(at), any(office_id),
       if(max(is_close) = 1, 'CLOSED', 'OPEN'), any(office_id),
       argMaxIf(desk_id, i, type != 'CLOSED'), maxIf(at, type != 'CLOSED'),
       maxIf(at, type != 'CLOSED') + toIntervalHour(intDiv(any(days) * 7 * 24 + 5, 6)),
       maxIf(at, type != 'CLOSED') + toIntervalDay(any(days)),
       if(max(is_close) = 1, max(at), NULL),
       toUInt16(uniqExactIf(desk_id, type != 'CLOSED')), toUInt32(countIf(type IN ('FORWARDED', 'RETURNED'))),
       concat(file_id, '#', toString(max(i))), max(at), toUInt32(count())
FROM
(
    SELECT *, multiIf(priority = 'NORMAL', 7, priority = 'IMMEDIATE', 3, 1) AS days
    FROM bench_events
)
GROUP BY file_id
SETTINGS optimize_aggregation_in_order = 1
