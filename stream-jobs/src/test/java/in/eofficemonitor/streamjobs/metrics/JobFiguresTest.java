package in.eofficemonitor.streamjobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.eofficemonitor.warehouse.health.JobFigure;
import java.util.Map;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.SimpleCounter;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.junit.jupiter.api.Test;

/** Which of the metrics Flink announces make a job's figures, and how one process's subtasks add up. */
class JobFiguresTest {

    private static final JobFigures.JobRef JOB = new JobFigures.JobRef("e-Office movements", "job-1");

    /** A metric group as Flink's scopes look to a reporter: the job's variables and a unique identifier. */
    private static MetricGroup scope(String jobId, String operator, int subtask) {
        return new UnregisteredMetricsGroup() {
            @Override
            public Map<String, String> getAllVariables() {
                return jobId == null ? Map.of("<host>", "localhost")
                        : Map.of("<job_id>", jobId, "<job_name>", "e-Office movements", "<operator_name>", operator,
                                "<subtask_index>", String.valueOf(subtask));
            }

            @Override
            public String getMetricIdentifier(String name) {
                return jobId + "." + operator + "." + subtask + "." + name;
            }
        };
    }

    @Test
    void countersOfTheSubtasksAddUpAndMetersGiveTheirRate() {
        JobFigures figures = new JobFigures();
        SimpleCounter accepted0 = new SimpleCounter();
        SimpleCounter accepted1 = new SimpleCounter();
        accepted0.inc(40);
        accepted1.inc(2);
        MeterView rate = new MeterView(accepted0, 5);
        figures.added(accepted0, "eventsAccepted", scope("job-1", "file-movements", 0));
        figures.added(accepted1, "eventsAccepted", scope("job-1", "file-movements", 1));
        figures.added(rate, "eventsAcceptedPerSecond", scope("job-1", "file-movements", 0));
        rate.update();

        Map<String, Double> job = figures.snapshot().get(JOB);

        assertThat(job.get(JobFigure.EVENTS_ACCEPTED_TOTAL.metric())).isEqualTo(42.0);
        assertThat(job.get(JobFigure.EVENTS_ACCEPTED_PER_SECOND.metric())).isCloseTo(8.0, within(0.01));
        assertThat(job.get(JobFigure.HEARTBEAT.metric())).isEqualTo(1.0);
    }

    @Test
    void theSinksBatchLatencyIsTheSlowestSubtasksAndCheckpointsAndStatusComeFromTheJobManager() {
        JobFigures figures = new JobFigures();
        DescriptiveStatisticsHistogram fast = new DescriptiveStatisticsHistogram(100);
        DescriptiveStatisticsHistogram slow = new DescriptiveStatisticsHistogram(100);
        for (int i = 1; i <= 100; i++) {
            fast.update(i);
            slow.update(10L * i);
        }
        figures.added(fast, "batchLatencyMillis", scope("job-1", "sink", 0));
        figures.added(slow, "batchLatencyMillis", scope("job-1", "sink", 1));
        figures.added((Gauge<Long>) () -> 250L, "lastCheckpointDuration", scope("job-1", "", -1));
        figures.added((Gauge<Long>) () -> 1_700_000_000_000L, "lastCheckpointCompletedTimestamp", scope("job-1", "", -1));
        figures.added((Gauge<Long>) () -> 1L, "runningState", scope("job-1", "", -1));
        figures.added((Gauge<Long>) () -> 0L, "restartingState", scope("job-1", "", -1));

        Map<String, Double> job = figures.snapshot().get(JOB);

        assertThat(job.get(JobFigure.SINK_BATCH_LATENCY_MAX_MS.metric())).isEqualTo(1000.0);
        assertThat(job.get(JobFigure.SINK_BATCH_LATENCY_P95_MS.metric())).isGreaterThan(900.0);
        assertThat(job.get(JobFigure.CHECKPOINT_LAST_DURATION_MS.metric())).isEqualTo(250.0);
        assertThat(job.get(JobFigure.CHECKPOINT_LAST_COMPLETED_AT_MS.metric())).isEqualTo(1.7e12);
        assertThat(job).containsEntry("job_status_running", 1.0).containsEntry("job_status_restarting", 0.0);
    }

    @Test
    void withoutStateGaugesTheRunningTimeSaysWhetherTheJobRuns() {
        JobFigures figures = new JobFigures();
        figures.added((Gauge<Long>) () -> 12_000L, "runningTime", scope("job-1", "", -1));

        assertThat(figures.snapshot().get(JOB)).containsEntry("job_status_running", 1.0);
    }

    @Test
    void metricsOutsideAJobAndOtherNamesAreNotKeptAndRemovedOnesAreGone() {
        JobFigures figures = new JobFigures();
        SimpleCounter lines = new SimpleCounter();
        lines.inc(7);
        figures.added(new SimpleCounter(), "linesIn", scope(null, "", 0));
        figures.added(new SimpleCounter(), "numRecordsIn", scope("job-1", "parse-lines", 0));
        figures.added(lines, "linesIn", scope("job-1", "parse-lines", 0));

        assertThat(figures.snapshot()).containsOnlyKeys(JOB);
        assertThat(figures.snapshot().get(JOB)).containsOnlyKeys("heartbeat", "lines_in_total");

        figures.removed("linesIn", scope("job-1", "parse-lines", 0));
        assertThat(figures.snapshot()).isEmpty();
    }
}
