-- Active desks per office per week (issue 4, rollout activity): the desks that acted in the week — created an item
-- there, or forwarded, returned or closed one from there (the same actions as the key figures' idle desks) — counted
-- for the desk's office (as for pendency; desk_visits.office_id). Weeks run Monday 00:00 to Monday 00:00 IST; every
-- week that contains a day of from..to is counted whole. Every registered office in the scope gets every week, zeros
-- included; offices the registry does not know appear for the weeks they had activity.
-- Activity is a set of desks, so it is read without FINAL: a stay's open and closed versions, or a replay's copy, add
-- the same desk to the same week (uniqExact), never a second one.
-- Parameters: from, to (Date), district, office ('' = no scope).
WITH toMonday({from:Date}) AS first_week,
     toMonday({to:Date}) AS last_week,
     toDateTime64(first_week, 3, 'Asia/Kolkata') AS period_start,
     toDateTime64(addDays(last_week, 7), 3, 'Asia/Kolkata') AS period_end
SELECT
    g.office_id                 AS office_id,
    g.week                      AS week,
    max(g.registered)           AS registered,
    max(g.name)                 AS name,
    max(g.name_hi)              AS name_hi,
    max(g.desks)                AS desks,
    sum(g.active)               AS active_desks
FROM
(
    SELECT o.office_id AS office_id, w.week AS week, toUInt8(1) AS registered, o.name AS name, o.name_hi AS name_hi,
           dc.desks AS desks, toUInt64(0) AS active
    FROM
    (
        SELECT office_id, name, name_hi
        FROM offices FINAL
        WHERE ({office:String} = '' OR office_id = {office:String})
          AND ({district:String} = '' OR district = {district:String})
    ) AS o
    CROSS JOIN
    (
        SELECT arrayJoin(arrayMap(i -> addDays(first_week, 7 * i),
                                  range(toUInt32(intDiv(dateDiff('day', first_week, last_week), 7) + 1)))) AS week
    ) AS w
    LEFT JOIN
    (
        SELECT office_id, count() AS desks FROM desks FINAL GROUP BY office_id
    ) AS dc ON dc.office_id = o.office_id

    UNION ALL

    SELECT office_id, week, 0, '', '', 0, uniqExact(desk_id)
    FROM
    (
        SELECT office_id, desk_id, toMonday(toDate(arrived_at, 'Asia/Kolkata')) AS week
        FROM desk_visits
        WHERE arrived_by = 'CREATED' AND arrived_at >= period_start AND arrived_at < period_end

        UNION ALL

        SELECT office_id, desk_id, toMonday(toDate(assumeNotNull(left_at), 'Asia/Kolkata')) AS week
        FROM desk_visits
        WHERE left_at >= period_start AND left_at < period_end AND arrived_at < period_end
    )
    WHERE ({office:String} = '' OR office_id = {office:String})
      AND ({district:String} = ''
           OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
    GROUP BY office_id, week
) AS g
GROUP BY g.office_id, g.week
ORDER BY g.office_id, g.week
