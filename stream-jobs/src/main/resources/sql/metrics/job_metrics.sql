-- One figure of one job from this Flink process's reporter; reported_at is the server's now (V060's default).
INSERT INTO job_metrics (job_name, job_id, reporter, metric, value) VALUES (?, ?, ?, ?, ?)
