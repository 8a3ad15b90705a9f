package in.eofficemonitor.streamjobs.metrics;

import in.eofficemonitor.warehouse.health.JobFigure;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.Meter;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricGroup;

/**
 * The metrics of this Flink process that make a job's key figures ({@link JobFigure}), and their values now.
 * Flink announces every metric it registers; the ones named here are kept, keyed by their scope, and
 * {@link #snapshot()} adds them up per job: counters and meters summed over the subtasks this process runs,
 * histograms' p95 and max the largest, the job manager's gauges (checkpoints, restarts, job status) as they are.
 * Operator metrics are the workflow's own (ParseLines, FileMovementFunction, the sink's writer); the rest are
 * Flink's job-level metrics.
 */
final class JobFigures {

    /** A job as Flink's metric scope names it. */
    record JobRef(String jobName, String jobId) {}

    private record Registered(JobRef job, String name, Metric metric) {}

    private static final Map<String, JobFigure> COUNTERS = Map.of(
            "linesIn", JobFigure.LINES_IN_TOTAL,
            "eventsAccepted", JobFigure.EVENTS_ACCEPTED_TOTAL,
            "rowsWritten", JobFigure.ROWS_WRITTEN_TOTAL,
            "deadLetters", JobFigure.DEAD_LETTERS_TOTAL,
            "lateEvents", JobFigure.LATE_EVENTS_TOTAL,
            "duplicates", JobFigure.DUPLICATES_TOTAL,
            "insertRetries", JobFigure.INSERT_RETRIES_TOTAL);
    private static final Map<String, JobFigure> METERS = Map.of(
            "linesInPerSecond", JobFigure.LINES_IN_PER_SECOND,
            "eventsAcceptedPerSecond", JobFigure.EVENTS_ACCEPTED_PER_SECOND,
            "rowsWrittenPerSecond", JobFigure.ROWS_WRITTEN_PER_SECOND,
            "deadLettersPerSecond", JobFigure.DEAD_LETTERS_PER_SECOND);
    private static final Map<String, JobFigure> GAUGES = Map.of(
            "lastCheckpointDuration", JobFigure.CHECKPOINT_LAST_DURATION_MS,
            "lastCheckpointCompletedTimestamp", JobFigure.CHECKPOINT_LAST_COMPLETED_AT_MS,
            "numberOfCompletedCheckpoints", JobFigure.CHECKPOINTS_COMPLETED,
            "numberOfFailedCheckpoints", JobFigure.CHECKPOINTS_FAILED,
            "numRestarts", JobFigure.RESTARTS);
    private static final String BATCH_LATENCY = "batchLatencyMillis";
    /** The job statuses Flink keeps state gauges for ({@code runningState} …, metrics.job.status.enable: STATE). */
    private static final Set<String> STATUSES = Set.of("initializing", "created", "running", "failing", "cancelling",
            "restarting", "suspended", "reconciling");

    private final Map<String, Registered> metrics = new ConcurrentHashMap<>();

    /** Keeps a metric Flink registered if it makes one of the figures; anything outside a job is ignored. */
    void added(Metric metric, String name, MetricGroup group) {
        Map<String, String> vars = group.getAllVariables();
        String jobId = vars.get("<job_id>");
        if (jobId == null || !relevant(metric, name)) {
            return;
        }
        JobRef job = new JobRef(vars.getOrDefault("<job_name>", jobId), jobId);
        metrics.put(group.getMetricIdentifier(name), new Registered(job, name, metric));
    }

    void removed(String name, MetricGroup group) {
        metrics.remove(group.getMetricIdentifier(name));
    }

    private static boolean relevant(Metric metric, String name) {
        return switch (metric) {
            case Counter c -> COUNTERS.containsKey(name);
            case Meter m -> METERS.containsKey(name);
            case Histogram h -> name.equals(BATCH_LATENCY);
            case Gauge<?> g -> GAUGES.containsKey(name) || statusOf(name) != null || name.equals("runningTime");
            default -> false;
        };
    }

    /** "runningState" → "running" (a status with a state gauge), else null. */
    private static String statusOf(String gaugeName) {
        if (!gaugeName.endsWith("State")) {
            return null;
        }
        String status = gaugeName.substring(0, gaugeName.length() - "State".length()).toLowerCase(Locale.ROOT);
        return STATUSES.contains(status) ? status : null;
    }

    /** The figures of every job this process has metrics of, by job; each has at least the heartbeat. */
    Map<JobRef, Map<String, Double>> snapshot() {
        Map<JobRef, Map<String, Double>> out = new TreeMap<>(
                java.util.Comparator.comparing(JobRef::jobName).thenComparing(JobRef::jobId));
        Map<JobRef, Double> runningTime = new LinkedHashMap<>();
        for (Registered r : metrics.values()) {
            Map<String, Double> figures = out.computeIfAbsent(r.job(), j -> {
                Map<String, Double> m = new TreeMap<>();
                m.put(JobFigure.HEARTBEAT.metric(), 1.0);
                return m;
            });
            switch (r.metric()) {
                case Counter c -> figures.merge(COUNTERS.get(r.name()).metric(), (double) c.getCount(), Double::sum);
                case Meter m -> figures.merge(METERS.get(r.name()).metric(), m.getRate(), Double::sum);
                case Histogram h -> {
                    if (h.getCount() > 0) {
                        var stats = h.getStatistics();
                        figures.merge(JobFigure.SINK_BATCH_LATENCY_P95_MS.metric(), stats.getQuantile(0.95), Math::max);
                        figures.merge(JobFigure.SINK_BATCH_LATENCY_MAX_MS.metric(), (double) stats.getMax(), Math::max);
                    }
                }
                case Gauge<?> g -> {
                    if (!(g.getValue() instanceof Number n)) {
                        break;
                    }
                    String status = statusOf(r.name());
                    if (status != null) {
                        figures.put(JobFigure.STATUS_PREFIX + status, n.doubleValue() > 0 ? 1.0 : 0.0);
                    } else if (r.name().equals("runningTime")) {
                        runningTime.put(r.job(), n.doubleValue());
                    } else {
                        figures.merge(GAUGES.get(r.name()).metric(), n.doubleValue(), Math::max);
                    }
                }
                default -> { }
            }
        }
        // Without the state gauges (a cluster left at metrics.job.status.enable: CURRENT_TIME), runningTime > 0 says
        // the job is in RUNNING now.
        runningTime.forEach((job, ms) -> out.get(job).putIfAbsent(JobFigure.statusMetric("RUNNING"), ms > 0 ? 1.0 : 0.0));
        return out;
    }
}
