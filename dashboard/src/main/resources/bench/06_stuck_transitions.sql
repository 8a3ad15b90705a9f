-- A BECAME_STUCK row for every stay whose threshold (working-day rule, as in 04) passed before it ended or
-- before now, and a CLEARED row when such a stay ended.
INSERT INTO stuck_transitions (file_id, kind, priority, office_id, desk_id, arrived_at, transition, at, event_id)
SELECT file_id, kind, priority, office_id, desk_id, at, transition, if(transition = 'CLEARED', assumeNotNull(next_at), stuck_at),
       if(transition = 'CLEARED', concat(file_id, '#', toString(i + 1)), '')
FROM
(
    SELECT *, at + toIntervalHour(intDiv(multiIf(priority = 'NORMAL', 7, priority = 'IMMEDIATE', 3, 1) * 7 * 24 + 5, 6))
               AS stuck_at
    FROM bench_events
    WHERE type != 'CLOSED'
)
ARRAY JOIN arrayFilter(x -> x != '', [if(stuck_at <= coalesce(next_at, {now:DateTime64(3, 'Asia/Kolkata')}),
                                         'BECAME_STUCK', ''),
                                      if(next_at IS NOT NULL AND stuck_at <= next_at, 'CLEARED', '')]) AS transition
