-- Each stream job's newest report (job_metrics, V060) since {since}, newest first, with its age measured by the
-- server's clock. Reads only the key columns; the figures are read per job by job_figures.sql.
-- Parameters: since.
SELECT job_name, job_id, max(reported_at) AS heartbeat,
       dateDiff('millisecond', max(reported_at), now64(3, 'Asia/Kolkata')) AS heartbeat_age_ms
FROM job_metrics
WHERE reported_at >= {since:DateTime64(3, 'Asia/Kolkata')}
GROUP BY job_name, job_id
ORDER BY heartbeat DESC, job_name, job_id
