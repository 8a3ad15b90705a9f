-- Every generated event as the stream jobs would have accepted it.
INSERT INTO movement_events (event_id, ts, type, kind, file_id, office_id, from_desk, to_desk, priority, subject,
                             source, ingested_at)
SELECT concat(file_id, '#', toString(i)), at, type, kind, file_id, office_id,
       multiIf(type = 'CREATED', '', prev_desk),
       if(type = 'CLOSED', '', desk_id),
       priority, concat('Bench item ', file_id), 'bench', at
FROM bench_events
