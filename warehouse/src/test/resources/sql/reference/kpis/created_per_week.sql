-- The query as it was before V083–V084 (every stay from desk_visits, every event from movement_events): kept as
-- StaysAtIT's reference, which the new query must match row for row.
-- e-Files and e-receipts created per week: accepted CREATED events, attributed to the event's office (as in
-- kpis/by_level), counted by the Monday (Asia/Kolkata) of the week of their ts, from the week of `from` up to the
-- end of day `to`. Weeks without any come back as no row (the Java side fills in zeros).
-- Parameters: from, to (Date), district and office ('' = no scope), category ('' = any office category: the police
-- headquarters' scope is the category POLICE_UNIT).
SELECT
    toMonday(toDate(ts, 'Asia/Kolkata'))   AS week,
    countIf(kind = 'FILE')                 AS files,
    countIf(kind = 'RECEIPT')              AS receipts
FROM movement_events FINAL
WHERE type = 'CREATED'
  AND ts >= toDateTime64(toMonday({from:Date}), 3, 'Asia/Kolkata')
  AND ts < toDateTime64(addDays({to:Date}, 1), 3, 'Asia/Kolkata')
  AND ({office:String} = '' OR office_id = {office:String})
  AND ({district:String} = ''
       OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
  AND ({category:String} = ''
       OR office_id IN (SELECT office_id FROM offices FINAL WHERE toString(category) = {category:String}))
GROUP BY week
ORDER BY week
SETTINGS do_not_merge_across_partitions_select_final = 1
