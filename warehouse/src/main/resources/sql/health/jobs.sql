-- Each stream job's latest figures from its metric reporters (job_metrics, V060), newest heartbeat first.
-- A reporter's latest value of each figure counts if that reporter reported within fresh_seconds of the job's
-- newest report: a task manager that died an hour ago does not add its last rate to the living ones. Figures
-- named *_total or *_per_second are summed over reporters, the others are the largest (V060).
-- Parameters: since (look no further back), fresh_seconds.
WITH latest AS
(
    SELECT job_name, job_id, reporter, metric, argMax(value, reported_at) AS value, max(reported_at) AS at
    FROM job_metrics
    WHERE reported_at >= {since:DateTime64(3, 'Asia/Kolkata')}
    GROUP BY job_name, job_id, reporter, metric
),
heartbeats AS
(
    SELECT job_name, job_id, max(at) AS heartbeat
    FROM latest
    GROUP BY job_name, job_id
)
SELECT l.job_name AS job_name, l.job_id AS job_id, h.heartbeat AS heartbeat,
       dateDiff('millisecond', h.heartbeat, now64(3, 'Asia/Kolkata')) AS heartbeat_age_ms,
       l.metric AS metric,
       if(endsWith(l.metric, '_total') OR endsWith(l.metric, '_per_second'), sum(l.value), max(l.value)) AS value
FROM latest AS l
INNER JOIN heartbeats AS h ON l.job_name = h.job_name AND l.job_id = h.job_id
WHERE l.at >= h.heartbeat - toIntervalSecond({fresh_seconds:UInt32})
GROUP BY l.job_name, l.job_id, h.heartbeat, l.metric
ORDER BY heartbeat DESC, job_name, job_id, metric
