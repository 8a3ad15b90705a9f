-- The closed files of kpis/by_level and their levels (closed_files, levels_sum, over_4_levels), by office, district
-- or office category, for a period with closes by_level cannot count alone (its closes_to_recount > 0): a close
-- file_closes does not hold, whose levels are those of the file's stays in desk_visits FINAL — the distinct desks of
-- its stays that began at or before the close —, or two closes of a file in the same millisecond, one row with the
-- larger levels. KpiQueries runs it only then, which is rare (a close followed by a reopen in one batch of the jobs,
-- a close older than V080 of a file reopened since: decision 080; an import whose times are whole seconds or days),
-- and takes these three columns from it for every row.
-- Same period, scope and grouping as kpis/by_level.
-- Parameters: from, to (Date), level ('office' | 'district' | 'category'), district, office ('' = no scope).
WITH toDateTime64({from:Date}, 3, 'Asia/Kolkata') AS period_start,
     toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata') AS period_end,
     -- the closes of files in the scope in the period (creations_and_closes, V084)
     closes_in_scope AS
     (
         SELECT office_id, file_id, ts, event_id
         FROM creations_and_closes FINAL
         WHERE type = 'CLOSED' AND kind = 'FILE' AND ts >= period_start AND ts < period_end
           AND ({office:String} = '' OR office_id = {office:String})
           AND ({district:String} = ''
                OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
     ),
     -- the files closed in the scope in the period: what narrows file_closes, which is not ordered by office
     files_closed_in_scope AS (SELECT file_id FROM closes_in_scope),
     -- the closes of the period that file_closes does not hold: their levels come from the stays
     (
         SELECT groupArray(file_id)
         FROM closes_in_scope
         WHERE event_id NOT IN (SELECT close_event_id FROM file_closes
                                WHERE closed_at >= period_start AND closed_at < period_end
                                  AND ({office:String} = '' AND {district:String} = ''
                                       OR file_id IN files_closed_in_scope))
     ) AS unheld
SELECT
    multiIf({level:String} = 'office', x.office_id,
            {level:String} = 'district', o.district,
            if(o.registered = 1, toString(o.category), ''))    AS id,
    max(o.registered)                                           AS registered,
    sum(x.closed_files)                                         AS closed_files,
    sum(x.levels_sum)                                           AS levels_sum,
    sum(x.over_4_levels)                                        AS over_4_levels
FROM
(
    SELECT office_id,
           count()                 AS closed_files,
           sum(levels)             AS levels_sum,
           countIf(levels > 4)     AS over_4_levels
    FROM
    (
        -- One row per closed file and close time (two closes of a file in the same millisecond are one, as they
        -- always were): the levels file_closes holds, or those of the stays; the larger when there are both.
        SELECT office_id, file_id, closed_at, max(levels) AS levels
        FROM
        (
            SELECT c.office_id AS office_id, c.file_id AS file_id, c.ts AS closed_at, toUInt64(h.levels) AS levels
            FROM
            closes_in_scope AS c
            INNER JOIN
            (
                -- a position of kind RECEIPT closes no file: its stays were never of kind FILE either
                SELECT close_event_id, file_id, levels
                FROM file_closes FINAL
                WHERE closed_at >= period_start AND closed_at < period_end AND kind = 'FILE'
                  AND ({office:String} = '' AND {district:String} = '' OR file_id IN files_closed_in_scope)
            ) AS h ON h.close_event_id = c.event_id AND h.file_id = c.file_id

            UNION ALL

            SELECT c.office_id, c.file_id, c.ts, uniqExactIf(v.desk_id, v.arrived_at <= c.ts)
            FROM
            (
                SELECT office_id, file_id, ts FROM closes_in_scope
                WHERE length(unheld) > 0 AND has(unheld, file_id)
            ) AS c
            INNER JOIN
            (
                -- As trail/visits narrows a file's stays: by the desks of its events and their offices (the
                -- first key columns of desk_visits); nothing is read when every close is held.
                SELECT file_id, desk_id, arrived_at
                FROM desk_visits FINAL
                WHERE length(unheld) > 0 AND has(unheld, file_id)
                  AND kind = 'FILE' AND arrived_at < period_end
                  AND desk_id IN (SELECT to_desk FROM movement_events
                                  WHERE length(unheld) > 0 AND has(unheld, file_id) AND to_desk != '')
                  AND office_id IN (
                      SELECT office_id FROM desks FINAL
                      WHERE desk_id IN (SELECT to_desk FROM movement_events
                                        WHERE length(unheld) > 0 AND has(unheld, file_id) AND to_desk != '')
                      UNION DISTINCT
                      SELECT office_id FROM movement_events WHERE length(unheld) > 0 AND has(unheld, file_id))
            ) AS v ON v.file_id = c.file_id
            GROUP BY c.office_id, c.file_id, c.ts
        )
        GROUP BY office_id, file_id, closed_at
    )
    GROUP BY office_id
) AS x
LEFT JOIN
(
    SELECT office_id, category, district, toUInt8(1) AS registered
    FROM offices FINAL
) AS o ON o.office_id = x.office_id
WHERE ({office:String} = '' OR x.office_id = {office:String})
  AND ({district:String} = '' OR o.district = {district:String})
GROUP BY id, if({level:String} IN ('district', 'category'), o.registered, 1)
ORDER BY id, registered DESC
-- Versions of a row share its key, and desk_visits/movement_events/creations_and_closes/file_closes partition by a
-- month of a key column: FINAL need not merge across partitions (never set this for dead_letters or
-- stuck_transitions, whose partitions are not).
SETTINGS do_not_merge_across_partitions_select_final = 1
