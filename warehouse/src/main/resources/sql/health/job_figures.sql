-- One job's latest figures: each reporter's latest value of each figure, from reporters that reported at or after
-- {from} (the job's newest report less the freshness allowance, so a task manager that died an hour ago adds
-- nothing). Figures named *_total or *_per_second are summed over reporters, the others are the largest (V060).
-- The key (job_name, reported_at, …) keeps this to the last few reports.
-- Parameters: job_name, job_id, from.
SELECT metric,
       if(endsWith(metric, '_total') OR endsWith(metric, '_per_second'), sum(value), max(value)) AS value
FROM
(
    SELECT reporter, metric, argMax(value, reported_at) AS value
    FROM job_metrics
    WHERE job_name = {job_name:String} AND job_id = {job_id:String}
      AND reported_at >= {from:DateTime64(3, 'Asia/Kolkata')}
    GROUP BY reporter, metric
)
GROUP BY metric
ORDER BY metric
