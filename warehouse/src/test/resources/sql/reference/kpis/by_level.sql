-- The query as it was before V080–V082 (file_closes, desk_action_days, file_spans): kept as DerivedTablesIT's
-- reference, which the new query must match row for row.
-- The key figures officials track (DESIGN §3), per office, district or office category, for the days from..to
-- (inclusive, Asia/Kolkata). The period is [start of from, start of to + 1).
--   created / forwarded / closed: accepted events in the period (files and receipts together; forwarded counts
--     FORWARDED and RETURNED), attributed to the event's office;
--   opened: CREATED + REOPENED in the period — disposal rate = closed / opened;
--   closed_files, levels_sum, over_4_levels: files (kind FILE) closed in the period and the distinct desks each had
--     been at before that close (its levels);
--   idle_desks: registered desks with no action (the from_desk of an event, or the desk that created an item)
--     in the 30 days up to the end of the period;
--   files_created / receipts_created: e-files vs e-receipts created in the period.
-- Parameters: from, to (Date), level ('office' | 'district' | 'category'), district, office ('' = no scope).
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
    sum(x.idle_desks)                                           AS idle_desks
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
           toUInt64(0) AS idle_desks
    FROM movement_events FINAL
    WHERE ts >= toDateTime64({from:Date}, 3, 'Asia/Kolkata')
      AND ts < toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata')
    GROUP BY office_id

    UNION ALL

    SELECT office_id,
           0, 0, 0, 0, 0, 0,
           count()                 AS closed_files,
           sum(levels)             AS levels_sum,
           countIf(levels > 4)     AS over_4_levels,
           0
    FROM
    (
        SELECT c.office_id AS office_id, c.file_id AS file_id, c.ts AS closed_at,
               uniqExactIf(v.desk_id, v.arrived_at <= c.ts) AS levels
        FROM
        (
            SELECT office_id, file_id, ts
            FROM movement_events FINAL
            WHERE type = 'CLOSED' AND kind = 'FILE'
              AND ts >= toDateTime64({from:Date}, 3, 'Asia/Kolkata')
              AND ts < toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata')
        ) AS c
        INNER JOIN
        (
            SELECT file_id, desk_id, arrived_at
            FROM desk_visits FINAL
            WHERE kind = 'FILE'
              AND arrived_at < toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata')
              AND file_id IN (
                  SELECT file_id FROM movement_events FINAL
                  WHERE type = 'CLOSED' AND kind = 'FILE'
                    AND ts >= toDateTime64({from:Date}, 3, 'Asia/Kolkata')
                    AND ts < toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata'))
        ) AS v ON v.file_id = c.file_id
        GROUP BY c.office_id, c.file_id, c.ts
    )
    GROUP BY office_id

    UNION ALL

    SELECT office_id,
           0, 0, 0, 0, 0, 0, 0, 0, 0,
           count() AS idle_desks
    FROM desks FINAL
    WHERE desk_id NOT IN (
        SELECT from_desk FROM movement_events FINAL
        WHERE from_desk != ''
          AND ts >= toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata') - INTERVAL 30 DAY
          AND ts < toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata')
        UNION ALL
        SELECT to_desk FROM movement_events FINAL
        WHERE type = 'CREATED'
          AND ts >= toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata') - INTERVAL 30 DAY
          AND ts < toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata'))
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
-- Versions of a row share its key, and desk_visits/movement_events partition by a month of a key column: FINAL
-- need not merge across partitions (never set this for dead_letters or stuck_transitions, whose partitions are not).
SETTINGS do_not_merge_across_partitions_select_final = 1
