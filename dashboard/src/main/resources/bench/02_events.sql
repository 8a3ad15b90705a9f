-- Items {first:UInt64} … {first:UInt64} + {count:UInt64} - 1 and their events up to {now}, one row per event.
-- Every number comes from sipHash64 of the item number, so a load is the same every time for the same size.
--   * a third of the items are receipts with 1–4 events, the rest files with 2–20 (mean 11, the Haryana figure);
--   * created uniformly over the 365 days before now, each move 30 minutes to 10 days after the previous one;
--   * every fourth move is a send-back (RETURNED) to the desk two stays earlier; 9 in 10 items close with
--     their last planned event, if it is not in the future.
INSERT INTO bench_events
WITH
    (SELECT groupArray(desk_id) FROM (SELECT desk_id FROM bench_live_desks ORDER BY n))        AS desk_ids,
    (SELECT groupArray(office_id) FROM (SELECT office_id FROM bench_live_desks ORDER BY n))    AS office_ids,
    (SELECT groupArray(office_first) FROM (SELECT office_first FROM bench_live_desks ORDER BY n)) AS firsts,
    (SELECT groupArray(office_desks) FROM (SELECT office_desks FROM bench_live_desks ORDER BY n)) AS counts,
    {now:DateTime64(3, 'Asia/Kolkata')} AS t_now
SELECT file_id, kind, priority, office_id, i, closed AND i = m_eff - 1 AS is_close,
       desk_ids[first + locals[i + 1] + 1]                         AS desk_id,
       if(i = 0, '', desk_ids[first + locals[i] + 1])              AS prev_desk,
       created + toIntervalMillisecond(offsets[i + 1])             AS at,
       if(i + 1 < m_eff, created + toIntervalMillisecond(offsets[i + 2]), NULL) AS next_at,
       multiIf(i = 0, 'CREATED', closed AND i = m_eff - 1, 'CLOSED', i % 4 = 3, 'RETURNED', 'FORWARDED') AS type,
       multiIf(i + 1 >= m_eff, '', closed AND i + 1 = m_eff - 1, 'CLOSED', (i + 1) % 4 = 3, 'RETURNED', 'FORWARDED')
                                                                   AS next_type
FROM
(
    SELECT f, file_id, kind, priority, first, office_id, locals, offsets, created,
           arrayCount(o -> created + toIntervalMillisecond(o) <= t_now, offsets) AS m_eff,
           wants_close AND m_eff = m AND m >= 2                     AS closed
    FROM
    (
        SELECT number                                              AS f,
               concat('BENCH/', toString(f))                       AS file_id,
               if(sipHash64(f, 2) % 3 = 0, 'RECEIPT', 'FILE')      AS kind,
               ['NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'NORMAL', 'IMMEDIATE', 'IMMEDIATE',
                'MOST_IMMEDIATE'][sipHash64(f, 3) % 10 + 1]        AS priority,
               sipHash64(f, 1) % length(desk_ids)                  AS d0,
               firsts[d0 + 1]                                      AS first,
               counts[d0 + 1]                                      AS cnt,
               office_ids[d0 + 1]                                  AS office_id,
               1 + sipHash64(f, 5) % 3                             AS step,
               toUInt32(if(kind = 'RECEIPT', 1 + sipHash64(f, 6) % 4, 2 + sipHash64(f, 6) % 19)) AS m,
               arrayMap(i -> if(i % 4 = 3, ((d0 - first) + (i - 2) * step) % cnt, ((d0 - first) + i * step) % cnt),
                        range(m))                                  AS locals,
               arrayCumSum(arrayMap(i -> if(i = 0, 0, 1800000 + sipHash64(f, 10 + i) % 864000000), range(m)))
                                                                   AS offsets,
               t_now - toIntervalSecond(sipHash64(f, 4) % (365 * 86400)) AS created,
               sipHash64(f, 7) % 10 < 9                            AS wants_close
        FROM numbers({first:UInt64}, {count:UInt64})
    )
)
ARRAY JOIN range(m_eff) AS i
