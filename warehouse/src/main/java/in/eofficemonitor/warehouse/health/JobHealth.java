package in.eofficemonitor.warehouse.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One stream job as its metric reporters last described it: when it last reported (the warehouse's clock) and
 * its figures ({@link JobFigure}, plus the {@code job_status_*} flags).
 *
 * @param heartbeatAge how long ago the newest report arrived, measured by the warehouse server
 */
public record JobHealth(String jobName, String jobId, Instant heartbeat, Duration heartbeatAge,
        Map<String, Double> figures) {

    /** What the health view says about the job: Flink's status while it reports, {@link #NO_HEARTBEAT} when not. */
    public static final String NO_HEARTBEAT = "NO_HEARTBEAT";

    public JobHealth {
        figures = Map.copyOf(figures);
    }

    public OptionalDouble figure(JobFigure f) {
        Double v = figures.get(f.metric());
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Flink's own status of the job (RUNNING, RESTARTING …) as last reported, if the job manager reports it. */
    public Optional<String> flinkStatus() {
        return figures.entrySet().stream()
                .filter(e -> e.getKey().startsWith(JobFigure.STATUS_PREFIX) && e.getValue() >= 1)
                .map(e -> e.getKey().substring(JobFigure.STATUS_PREFIX.length()).toUpperCase(Locale.ROOT))
                .sorted()
                .findFirst();
    }

    /**
     * The job's status for a reader: {@link #NO_HEARTBEAT} when no report came for longer than {@code staleAfter}
     * (a job that stopped, crashed or lost its way to the warehouse writes nothing), else Flink's status, and
     * RUNNING when reporters are alive but the job manager's status flags are not among the figures.
     */
    public String status(Duration staleAfter) {
        if (heartbeatAge.compareTo(staleAfter) > 0) {
            return NO_HEARTBEAT;
        }
        return flinkStatus().orElse("RUNNING");
    }

    public boolean running(Duration staleAfter) {
        return status(staleAfter).equals("RUNNING");
    }

    /** When the last checkpoint completed, if one has. */
    public Optional<Instant> lastCheckpoint() {
        OptionalDouble at = figure(JobFigure.CHECKPOINT_LAST_COMPLETED_AT_MS);
        return at.isPresent() && at.getAsDouble() > 0 ? Optional.of(Instant.ofEpochMilli((long) at.getAsDouble()))
                : Optional.empty();
    }
}
