package in.eofficemonitor.dashboard.health.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.health.HealthService;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import in.eofficemonitor.warehouse.deadletters.DeadLetterCount;
import in.eofficemonitor.warehouse.deadletters.DeadLetterQueries;
import in.eofficemonitor.warehouse.deadletters.DeadLetterSample;
import in.eofficemonitor.warehouse.health.JobHealth;
import in.eofficemonitor.warehouse.health.UnregisteredId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The health view on the real embedded warehouse: the fixtures' offices and dead letters, and stream-job reports
 * written to job_metrics as the jobs' metric reporter writes them.
 */
@WithMockUser(username = "cs", roles = "STATE")
class HealthViewTest extends DashboardTestBase {

    static final String LIVE_JOB = "e-Office movements (live simulator)";

    @BeforeEach
    void noJobReports() {
        warehouse.execute("TRUNCATE TABLE job_metrics");
    }

    /** One report of one Flink process, {@code ago} before the warehouse's now. */
    static void report(Warehouse warehouse, String job, String jobId, Duration ago, Map<String, Double> figures) {
        figures.forEach((metric, value) -> warehouse.execute("""
                INSERT INTO job_metrics (job_name, job_id, reporter, metric, value, reported_at)
                SELECT {job:String}, {job_id:String}, 'test-reporter', {metric:String}, {value:Float64},
                       now64(3, 'Asia/Kolkata') - toIntervalMillisecond({ago_ms:UInt64})""",
                SqlParams.of("job", job).and("job_id", jobId).and("metric", metric).and("value", value)
                        .and("ago_ms", ago.toMillis())));
    }

    @Test
    void deadLettersByReasonWithTheirRawLines() {
        HealthView view = navigate(HealthView.class);

        assertThat(view.reasons.getListDataView().getItems())
                .containsExactlyInAnyOrder(new DeadLetterCount("BAD_JSON", 2), new DeadLetterCount("UNKNOWN_DESK", 1));
        assertThat(view.samples.getListDataView().getItems().map(DeadLetterSample::rawLine)).contains("{not json");
        assertThat(view.inputFigures.getText()).contains("3 rejected lines", "0 of them late events", "0 duplicate");
    }

    @Test
    void aLongRawLineIsShownCutWithItsSizeAndAWrongClockWithItsOffice() {
        warehouse.execute("""
                INSERT INTO dead_letters (source, source_position, reason, detail, raw_line, event_id, file_id, arrived_at)
                VALUES ('wrong-clock.jsonl', '1', 'FUTURE_TS', 'ahead', {future:String}, 'e-1', 'F/1', now64(3, 'Asia/Kolkata')),
                       ('wrong-clock.jsonl', '2', 'LINE_TOO_LONG', 'long', {long:String}, '', '', now64(3, 'Asia/Kolkata'))""",
                SqlParams.of("future", "{\"event_id\":\"e-1\",\"ts\":\"2036-11-20T10:00:00+05:30\",\"office_id\":\"LKO-COLL\"}")
                        .and("long", "{\"event_id\":\"" + "x".repeat(4083)));
        try {
            HealthView view = navigate(HealthView.class);

            assertThat(view.wrongClocks.getListDataView().getItems())
                    .containsExactly(new DeadLetterQueries.OfficeCount("LKO-COLL", 1));
            var grid = test(view.samples);
            int raw = grid.getColumnPosition("raw");
            int office = grid.getColumnPosition("office");
            List<DeadLetterSample> shown = view.samples.getListDataView().getItems().toList();
            int tooLong = shown.indexOf(shown.stream().filter(x -> x.reason().equals("LINE_TOO_LONG")).findFirst().orElseThrow());
            int future = shown.indexOf(shown.stream().filter(x -> x.reason().equals("FUTURE_TS")).findFirst().orElseThrow());
            assertThat(grid.getCellText(tooLong, raw)).startsWith("{\"event_id\":\"xxx").endsWith("… (4096 bytes in all)")
                    .hasSizeLessThan(600);
            assertThat(grid.getCellText(future, office)).isEqualTo("LKO-COLL");
        } finally {
            warehouse.execute("DELETE FROM dead_letters WHERE source = 'wrong-clock.jsonl'");
        }
    }

    @Test
    void aRunningJobWithItsFiguresAndAJobWithoutHeartbeatShownAsNotRunning() {
        report(warehouse, LIVE_JOB, "job-2", Duration.ofSeconds(2), Map.of("heartbeat", 1.0, "job_status_running", 1.0,
                "lines_in_per_second", 123.4, "checkpoint_last_completed_at_ms", (double) System.currentTimeMillis(),
                "checkpoint_last_duration_ms", 87.0, "lines_in_total", 250_000.0));
        report(warehouse, "e-Office import events.jsonl", "job-1", Duration.ofMinutes(5),
                Map.of("heartbeat", 1.0, "job_status_running", 1.0));

        HealthView view = navigate(HealthView.class);

        assertThat(view.jobs.getListDataView().getItems().map(JobHealth::jobName))
                .containsExactly(LIVE_JOB, "e-Office import events.jsonl");
        var grid = test(view.jobs);
        int status = grid.getColumnPosition("status");
        assertThat(grid.getCellText(0, status)).isEqualTo("Running");
        assertThat(grid.getCellText(0, grid.getColumnPosition("lines"))).isEqualTo("123.4");
        assertThat(grid.getCellText(0, grid.getColumnPosition("checkpoint"))).endsWith("(87 ms)");
        assertThat(grid.getCellText(1, status)).matches("Not running: no heartbeat for 30\\d s");
        assertThat(view.noJobs.isVisible()).isFalse();
    }

    @Test
    void withoutAnyReportTheViewSaysNoJobHasReported() {
        HealthView view = navigate(HealthView.class);

        assertThat(view.jobs.isVisible()).isFalse();
        assertThat(view.noJobs.getText()).startsWith("No stream job has reported");
        assertThat(view.warehouse.getText()).startsWith("Warehouse reachable: ClickHouse 26.");
    }

    @Test
    void liveOfficesWhoseFeedWentQuietComeFirstAndAreFlagged() {
        HealthView view = navigate(HealthView.class);

        // quiet after 3 days (the tests' setting): Revenue 10 days, police 5 days; Kannauj 2 days; Lucknow not live.
        assertThat(view.freshness.getListDataView().getItems().filter(HealthService.Feed::quiet).map(f -> f.office().officeId()))
                .containsExactly(DashboardFixtures.SEC_REV, DashboardFixtures.POL_KNJ);
        assertThat(test(view.freshness).getCellText(0, test(view.freshness).getColumnPosition("quiet"))).isEqualTo("Quiet");
        assertThat(view.freshness.getListDataView().getItems().filter(f -> !f.quiet()).map(f -> f.office().officeId()))
                .containsExactlyInAnyOrder(DashboardFixtures.KNJ_COLL, DashboardFixtures.LKO_COLL);
        assertThat(view.freshnessSummary.getText()).isEqualTo("2 of 3 live offices sent no event for more than 3 days.");
    }

    @Test
    void officeAndDeskIdsTheRegistryDoesNotKnowAreListedAndCounted() {
        HealthView view = navigate(HealthView.class);

        assertThat(view.unregistered.getListDataView().getItems().map(u -> u.kind() + ":" + u.id()))
                .containsExactlyInAnyOrder("OFFICE:" + DashboardFixtures.UNREGISTERED_OFFICE,
                        "DESK:" + DashboardFixtures.UNREGISTERED_DESK, "DESK:NEW-OFFICE-CLK-01");
        assertThat(view.unregistered.getListDataView().getItems().filter(u -> u.id().equals(DashboardFixtures.UNREGISTERED_DESK))
                .map(UnregisteredId::officeId)).containsExactly(DashboardFixtures.KNJ_COLL);
        assertThat(view.unregisteredSummary.getText()).startsWith("1 office ids and 2 desk ids");
    }

    @Test
    void anUnreachableWarehouseIsSaidPlainlyAndNothingElseIsGuessed() {
        try (Warehouse gone = Warehouse.open(WarehouseConfig.fromUrl("http://127.0.0.1:1/default").withMigrate(false))) {
            HealthService service = new HealthService(gone, () -> { throw new AssertionError("not asked without a warehouse"); },
                    new HealthService.Settings(Duration.ofDays(2), Duration.ofSeconds(60), false), Clock.systemUTC());

            HealthView view = new HealthView(service, live);

            assertThat(view.warehouse.getText()).startsWith("Warehouse NOT reachable: ").contains("Connect");
            assertThat(view.noJobs.getText()).isEqualTo("Unknown: the jobs report through the warehouse.");
            assertThat(view.jobs.getListDataView().getItems()).isEmpty();
            assertThat(view.freshness.getListDataView().getItems()).isEmpty();
            assertThat(view.reasons.getListDataView().getItems()).isEmpty();
        }
    }

    @Test
    void theViewRefreshesByItselfKeepingItsSortOrder() {
        HealthView view = navigate(HealthView.class);
        test(view.freshness).sortByColumn(test(view.freshness).getColumnPosition("latest"));
        var before = view.freshness.getSortOrder();
        assertThat(view.jobs.isVisible()).isFalse();

        report(warehouse, LIVE_JOB, "job-3", Duration.ZERO, Map.of("heartbeat", 1.0, "job_status_running", 1.0));
        refreshOpenViews();

        assertThat(view.jobs.getListDataView().getItems().map(JobHealth::jobId)).containsExactly("job-3");
        assertThat(view.jobs.isVisible()).isTrue();
        assertThat(view.freshness.getSortOrder()).isEqualTo(before).isNotEmpty();
    }
}
