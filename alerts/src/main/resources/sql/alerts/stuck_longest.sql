-- The longest-waiting stuck items of every office as of a time, state-wide, at most per_office of each, with the
-- file's subject: the rows of stuck/as_of (same conditions and order: arrived_at, then file_id) cut per office.
-- The join with file_positions costs about as much as the cut list itself (an 18 s list became 36 s at load 9) but
-- is paid once per run instead of once per mail.
-- Any scope's first N items (N <= per_office) are among them: a district's or the state's N longest-waiting come
-- from its offices' N longest-waiting. A Monday run reads this once and every mail takes its scope's head, so no
-- mail looks subjects up by id (up to 50,000 ids per mail before, 0.1–2 s per lookup at 10 crore events).
-- subject is '' for an item without a file_positions row, as the by-id lookup gave.
-- The stays at T are read as in stuck/as_of: open_stays and ended_stays (V083).
-- Parameters: as_of, calendar_days (0/1), per_office.
WITH {as_of:DateTime64(3, 'Asia/Kolkata')} AS t
SELECT s.file_id AS file_id, s.kind AS kind, s.priority AS priority, s.office_id AS office_id, s.desk_id AS desk_id,
       s.arrived_at AS arrived_at, s.stuck_since AS stuck_since, p.subject AS subject
FROM (SELECT file_id, subject FROM file_positions FINAL) AS p
-- The cut list is the side held in memory (lakhs of rows), file_positions streams past it.
RIGHT JOIN
(
    SELECT file_id, toString(kind) AS kind, toString(priority) AS priority, toString(office_id) AS office_id,
           desk_id, arrived_at, if({calendar_days:UInt8} = 1, stuck_at_calendar, stuck_at) AS stuck_since
    FROM
    (
        -- the stays at T: open now and begun by T, or ended after T and begun by T (V083)
        SELECT file_id, kind, priority, office_id, desk_id, arrived_at, stuck_at, stuck_at_calendar
        FROM open_stays FINAL
        WHERE arrived_at <= t AND left_at IS NULL
          AND if({calendar_days:UInt8} = 1, stuck_at_calendar, stuck_at) <= t
        UNION ALL
        SELECT file_id, kind, priority, office_id, desk_id, arrived_at, stuck_at, stuck_at_calendar
        FROM ended_stays FINAL
        WHERE left_at > t AND arrived_at <= t
          AND if({calendar_days:UInt8} = 1, stuck_at_calendar, stuck_at) <= t
    )
    -- A window per office rather than ORDER BY … LIMIT BY over the whole list: the same rows, and the engine sorts
    -- the offices side by side (38 s against 43 s for 15.8 lakh rows at load 11 on the 2-core machine).
    QUALIFY row_number() OVER (PARTITION BY office_id ORDER BY arrived_at, file_id) <= {per_office:UInt64}
) AS s ON p.file_id = s.file_id
ORDER BY arrived_at, file_id
-- As in stuck/as_of: versions of a row share its key and its partition (file_positions has one partition).
SETTINGS do_not_merge_across_partitions_select_final = 1, join_use_nulls = 0
