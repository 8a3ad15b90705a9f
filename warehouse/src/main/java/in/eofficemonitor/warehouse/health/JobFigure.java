package in.eofficemonitor.warehouse.health;

/**
 * The figures a stream job's metric reporter writes to {@code job_metrics} (V060) and the health view reads: one
 * list for the writer (stream-jobs) and the readers, so a renamed figure cannot go missing on one side only.
 * Figures named {@code *_total} or {@code *_per_second} add up over the Flink processes that report them (each
 * task manager has its share of the subtasks); the others are single values and the largest report wins.
 */
public enum JobFigure {
    /** Every Flink process's reporter writes this 1 with every report: the job's heartbeat. */
    HEARTBEAT("heartbeat"),
    LINES_IN_TOTAL("lines_in_total"),
    LINES_IN_PER_SECOND("lines_in_per_second"),
    EVENTS_ACCEPTED_TOTAL("events_accepted_total"),
    EVENTS_ACCEPTED_PER_SECOND("events_accepted_per_second"),
    ROWS_WRITTEN_TOTAL("rows_written_total"),
    ROWS_WRITTEN_PER_SECOND("rows_written_per_second"),
    DEAD_LETTERS_TOTAL("dead_letters_total"),
    DEAD_LETTERS_PER_SECOND("dead_letters_per_second"),
    LATE_EVENTS_TOTAL("late_events_total"),
    DUPLICATES_TOTAL("duplicates_total"),
    INSERT_RETRIES_TOTAL("insert_retries_total"),
    SINK_BATCH_LATENCY_P95_MS("sink_batch_latency_p95_ms"),
    SINK_BATCH_LATENCY_MAX_MS("sink_batch_latency_max_ms"),
    CHECKPOINT_LAST_DURATION_MS("checkpoint_last_duration_ms"),
    /** Epoch milliseconds of the last completed checkpoint (the job manager's clock); 0 before the first. */
    CHECKPOINT_LAST_COMPLETED_AT_MS("checkpoint_last_completed_at_ms"),
    CHECKPOINTS_COMPLETED("checkpoints_completed"),
    CHECKPOINTS_FAILED("checkpoints_failed"),
    RESTARTS("job_restarts");

    /** Prefix of the status flags: {@code job_status_running} is 1 while Flink says the job is RUNNING, else 0. */
    public static final String STATUS_PREFIX = "job_status_";

    private final String metric;

    JobFigure(String metric) {
        this.metric = metric;
    }

    /** The name in {@code job_metrics.metric}. */
    public String metric() {
        return metric;
    }

    /** The status flag's name for a Flink job status such as {@code RUNNING}. */
    public static String statusMetric(String jobStatus) {
        return STATUS_PREFIX + jobStatus.toLowerCase(java.util.Locale.ROOT);
    }
}
