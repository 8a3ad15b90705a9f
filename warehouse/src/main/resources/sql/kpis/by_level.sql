-- The key figures officials track (DESIGN §3), per office, district or office category, for the days from..to
-- (inclusive, Asia/Kolkata). The period is [start of from, start of to + 1).
--   created / forwarded / closed: accepted events in the period (files and receipts together; forwarded counts
--     FORWARDED and RETURNED), attributed to the event's office;
--   opened: CREATED + REOPENED in the period — disposal rate = closed / opened;
--   closed_files, levels_sum, over_4_levels: files (kind FILE) closed in the period and the distinct desks each had
--     been at before that close (its levels);
--   idle_desks: registered desks with no action (the from_desk of an event, or the desk that created an item)
--     in the 30 days up to the end of the period;
--   files_created / receipts_created: e-files vs e-receipts created in the period;
--   closes_to_recount: see below (0 almost always).
-- Where each part is read from (docs/decisions/080-pre-aggregates-that-stay-exact.md):
--   the event counts from movement_events FINAL, as always; the period's closes of files, whose levels are summed,
--     from creations_and_closes (V084: CREATED and CLOSED events only, the type first in its key);
--   the levels of a close from file_closes (V080: the position the jobs wrote for that close event), matched in one
--     LEFT JOIN by the close's event id (unique in the feed, DESIGN §3: the close of that id is of that file);
--     closes_to_recount counts the closes this query cannot count alone: those file_closes does not hold (their
--     levels come from the file's stays) and the second of two closes of a file in one millisecond (they count
--     once, with the larger levels). When there are any, KpiQueries takes closed_files, levels_sum and
--     over_4_levels from kpis/closed_file_levels instead (rare: a close and a reopen in one batch of the jobs, or
--     an import whose times are whole seconds or days). Matching the closes once, not once to find the unheld and
--     again for the levels, and by event id alone, made the state's figures 390 → 200 ms at 10 crore events;
--     counting distinct (file, time) pairs instead of grouping by them, 245 → 212;
--   the actions of the idle-desk rule from desk_action_days (V081: the days each desk acted).
-- The scope is applied inside each part too, so that the office-first keys skip the other offices' rows; file_closes,
-- ordered by time and not by office, is narrowed to the files closed in the scope in the period (a district's key
-- figures read a district's closes, not the state's).
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
     files_closed_in_scope AS (SELECT file_id FROM closes_in_scope)
SELECT
    multiIf({level:String} = 'office', x.office_id,
            {level:String} = 'district', o.district,
            if(o.registered = 1, toString(o.category), ''))    AS id,
    max(o.registered)                                           AS registered,
    if({level:String} = 'office', any(o.name), '')              AS name,
    if({level:String} = 'office', any(o.name_hi), '')           AS name_hi,
    sum(x.created)                                              AS created,
    sum(x.forwarded)                                            AS forwarded,
    sum(x.closed)                                               AS closed,
    sum(x.opened)                                               AS opened,
    sum(x.files_created)                                        AS files_created,
    sum(x.receipts_created)                                     AS receipts_created,
    sum(x.closed_files)                                         AS closed_files,
    sum(x.levels_sum)                                           AS levels_sum,
    sum(x.over_4_levels)                                        AS over_4_levels,
    sum(x.idle_desks)                                           AS idle_desks,
    sum(x.closes_to_recount)                                    AS closes_to_recount
FROM
(
    SELECT office_id,
           countIf(type = 'CREATED')                        AS created,
           countIf(type IN ('FORWARDED', 'RETURNED'))       AS forwarded,
           countIf(type = 'CLOSED')                         AS closed,
           countIf(type IN ('CREATED', 'REOPENED'))         AS opened,
           countIf(type = 'CREATED' AND kind = 'FILE')      AS files_created,
           countIf(type = 'CREATED' AND kind = 'RECEIPT')   AS receipts_created,
           toUInt64(0) AS closed_files, toUInt64(0) AS levels_sum, toUInt64(0) AS over_4_levels,
           toUInt64(0) AS idle_desks, toUInt64(0) AS closes_to_recount
    FROM movement_events FINAL
    WHERE ts >= period_start AND ts < period_end
      AND ({office:String} = '' OR office_id = {office:String})
      AND ({district:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
    GROUP BY office_id

    UNION ALL

    -- one row per close event with the levels file_closes holds (held = 0 where it holds none)
    SELECT c.office_id             AS office_id,
           0, 0, 0, 0, 0, 0,
           count()                 AS closed_files,
           sum(h.levels)           AS levels_sum,
           countIf(h.levels > 4)   AS over_4_levels,
           0,
           toUInt64(countIf(h.held = 0) + count() - uniqExact(c.file_id, c.ts)) AS closes_to_recount
    FROM closes_in_scope AS c
    LEFT JOIN
    (
        -- a position of kind RECEIPT closes no file: its stays were never of kind FILE either
        SELECT close_event_id, toUInt64(levels) AS levels, toUInt8(1) AS held
        FROM file_closes FINAL
        WHERE closed_at >= period_start AND closed_at < period_end AND kind = 'FILE'
          AND ({office:String} = '' AND {district:String} = '' OR file_id IN files_closed_in_scope)
    ) AS h ON h.close_event_id = c.event_id
    GROUP BY c.office_id

    UNION ALL

    SELECT office_id,
           0, 0, 0, 0, 0, 0, 0, 0, 0,
           count() AS idle_desks,
           0
    FROM desks FINAL
    WHERE ({office:String} = '' OR office_id = {office:String})
      AND ({district:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
      AND desk_id NOT IN (
          SELECT desk_id FROM desk_action_days
          WHERE day >= addDays({to:Date}, -29) AND day <= {to:Date})
    GROUP BY office_id
) AS x
LEFT JOIN
(
    SELECT office_id, name, name_hi, category, district, toUInt8(1) AS registered
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
