-- The stream jobs' own figures, as their Flink metric reporter writes them every few seconds
-- (stream-jobs metrics.WarehouseMetricReporter; docs/architecture.md "Metrics"). The dashboard's health view reads
-- them here, through the warehouse, so it needs no way into Flink, in the MiniCluster or on a real cluster.
--
-- One row per figure per report of one reporter: every Flink process (the MiniCluster, or each JobManager and
-- TaskManager of a cluster) runs its own reporter and writes the share of the job it sees. Readers take each
-- reporter's latest value and combine them: figures named *_total or *_per_second are summed over reporters,
-- every other one (latencies, checkpoint times, job status flags) is the largest. reported_at is the warehouse
-- server's clock (the column default), so a heartbeat's age is measured on one clock whatever host sent it.
-- A small table: rows expire after 7 days.
CREATE TABLE IF NOT EXISTS job_metrics
(
    job_name    LowCardinality(String),
    job_id      String,
    reporter    String,
    metric      LowCardinality(String),
    value       Float64,
    reported_at DateTime64(3, 'Asia/Kolkata') DEFAULT now64(3, 'Asia/Kolkata')
)
ENGINE = MergeTree
PARTITION BY toYYYYMMDD(reported_at)
ORDER BY (job_name, reported_at, reporter, metric)
TTL toDateTime(reported_at) + INTERVAL 7 DAY;
