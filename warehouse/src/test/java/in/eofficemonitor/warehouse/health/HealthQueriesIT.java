package in.eofficemonitor.warehouse.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import in.eofficemonitor.warehouse.WarehouseTesting;
import in.eofficemonitor.warehouse.embedded.SharedTestEngine;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import in.eofficemonitor.warehouse.schema.Migration;
import in.eofficemonitor.warehouse.schema.MigrationCatalog;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The health view's questions against the real embedded engine: the stream jobs' reports in job_metrics, data
 * freshness and unregistered ids from the desk_activity view fed by inserts into movement_events.
 */
class HealthQueriesIT {

    private static final Instant MONDAY_NOON = ist("2026-11-23T12:00");
    private static final Instant FRIDAY_NOON = ist("2026-11-20T12:00");
    private static final Instant TWO_WEEKS_BEFORE = ist("2026-11-09T12:00");

    private static Warehouse warehouse;
    private static HealthQueries health;

    private static Instant ist(String local) {
        return OffsetDateTime.parse(local + "+05:30").toInstant();
    }

    @BeforeAll
    static void load() {
        warehouse = WarehouseTesting.open("health_it");
        health = new HealthQueries(warehouse);
        for (String t : List.of("offices", "desks", "movement_events", "desk_activity", "job_metrics", "duplicate_events")) {
            warehouse.execute("TRUNCATE TABLE " + t);
        }
        office("SEC-REV", OfficeCategory.SECRETARIAT_DEPARTMENT, "", RolloutStage.LIVE);
        office("KNJ-COLL", OfficeCategory.DISTRICT_OFFICE, "Kannauj", RolloutStage.LIVE);
        office("LKO-COLL", OfficeCategory.DISTRICT_OFFICE, "Lucknow", RolloutStage.IN_PROGRESS);
        office("AGR-COLL", OfficeCategory.DISTRICT_OFFICE, "Agra", RolloutStage.LIVE);
        desk("SEC-REV-US-01", "SEC-REV");
        desk("KNJ-COLL-AG3-01", "KNJ-COLL");
        desk("KNJ-COLL-OS-01", "KNJ-COLL");
        desk("LKO-COLL-AG3-01", "LKO-COLL");
        event("e1", FRIDAY_NOON, "CREATED", "SEC-REV", "", "SEC-REV-US-01");
        event("e2", TWO_WEEKS_BEFORE, "CREATED", "KNJ-COLL", "", "KNJ-COLL-AG3-01");
        event("e3", TWO_WEEKS_BEFORE.plus(Duration.ofDays(1)), "FORWARDED", "KNJ-COLL", "KNJ-COLL-AG3-01", "KNJ-COLL-XX-99");
        event("e4", TWO_WEEKS_BEFORE, "CREATED", "LKO-COLL", "", "LKO-COLL-AG3-01");
        event("e5", FRIDAY_NOON.minus(Duration.ofDays(3)), "CREATED", "NEW-OFFICE", "", "NEW-OFFICE-CLK-01");
        event("e6", FRIDAY_NOON.minus(Duration.ofDays(2)), "FORWARDED", "NEW-OFFICE", "NEW-OFFICE-CLK-01", "SEC-REV-US-01");
        warehouse.execute("""
                INSERT INTO duplicate_events VALUES ('f', '1', 'e1', 'F1', now64(3), now64(3)),
                    ('f', '2', 'e1', 'F1', now64(3), now64(3)), ('f', '2', 'e1', 'F1', now64(3), now64(3))""");
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static void office(String id, OfficeCategory category, String district, RolloutStage stage) {
        warehouse.execute("""
                INSERT INTO offices VALUES ({id:String}, {id:String}, '', {category:String}, {district:String}, '', '',
                    {stage:String}, '2025-04-01', now64(3))""",
                SqlParams.of("id", id).and("category", category).and("district", district).and("stage", stage));
    }

    private static void desk(String id, String office) {
        warehouse.execute("INSERT INTO desks VALUES ({id:String}, {office:String}, 'Clerk', '', '', now64(3))",
                SqlParams.of("id", id).and("office", office));
    }

    private static void event(String id, Instant ts, String type, String office, String from, String to) {
        warehouse.execute("""
                INSERT INTO movement_events VALUES ({id:String}, {ts:DateTime64(3, 'Asia/Kolkata')}, {type:String},
                    'FILE', concat('F-', {id:String}), {office:String}, {from:String}, {to:String}, 'NORMAL', '', 'it',
                    now64(3))""",
                SqlParams.of("id", id).and("ts", ts).and("type", type).and("office", office).and("from", from)
                        .and("to", to));
    }

    private static void report(String job, String jobId, String reporter, Duration ago, Map<String, Double> figures) {
        figures.forEach((metric, value) -> warehouse.execute("""
                INSERT INTO job_metrics (job_name, job_id, reporter, metric, value, reported_at)
                SELECT {job:String}, {job_id:String}, {reporter:String}, {metric:String}, {value:Float64},
                       now64(3, 'Asia/Kolkata') - toIntervalMillisecond({ago_ms:UInt64})""",
                SqlParams.of("job", job).and("job_id", jobId).and("reporter", reporter).and("metric", metric)
                        .and("value", value).and("ago_ms", ago.toMillis())));
    }

    @Test
    void aReachableWarehouseSaysWhichClickHouseItIsAndAnUnreachableOneSaysWhy() {
        WarehousePing ok = health.ping();
        assertThat(ok.reachable()).isTrue();
        assertThat(ok.version()).matches("\\d+\\.\\d+.*");

        try (Warehouse gone = Warehouse.open(WarehouseConfig.fromUrl("http://127.0.0.1:1/default").withMigrate(false))) {
            WarehousePing down = new HealthQueries(gone).ping();
            assertThat(down.reachable()).isFalse();
            assertThat(down.error()).isNotBlank();
        }
    }

    @Test
    void theLatestEventOfEveryRegisteredOfficeAndNoneForAnOfficeThatSentNothing() {
        Map<String, Optional<Instant>> latest = health.freshness().stream()
                .collect(Collectors.toMap(OfficeFreshness::officeId, OfficeFreshness::latestEvent));

        assertThat(latest).containsOnlyKeys("SEC-REV", "KNJ-COLL", "LKO-COLL", "AGR-COLL");
        assertThat(latest.get("SEC-REV")).contains(FRIDAY_NOON);
        assertThat(latest.get("KNJ-COLL")).contains(TWO_WEEKS_BEFORE.plus(Duration.ofDays(1)));
        assertThat(latest.get("AGR-COLL")).isEmpty();
    }

    @Test
    void liveOfficesQuietForMoreThanTheWorkingTimeAreFlaggedOthersAreNot() {
        QuietFeedRule twoWorkingDays = new QuietFeedRule(Duration.ofDays(2), false);
        Map<String, OfficeFreshness> byId = health.freshness().stream()
                .collect(Collectors.toMap(OfficeFreshness::officeId, f -> f));

        // Friday noon to Monday noon is one working day of the Secretariat (Saturday and Sunday off).
        assertThat(twoWorkingDays.isQuiet(byId.get("SEC-REV"), MONDAY_NOON)).isFalse();
        assertThat(new QuietFeedRule(Duration.ofDays(2), true).isQuiet(byId.get("SEC-REV"), MONDAY_NOON))
                .as("three calendar days").isTrue();
        assertThat(new QuietFeedRule(Duration.ofHours(16), false).isQuiet(byId.get("SEC-REV"), MONDAY_NOON))
                .as("24 working hours passed").isTrue();
        assertThat(twoWorkingDays.isQuiet(byId.get("KNJ-COLL"), MONDAY_NOON)).isTrue();
        assertThat(twoWorkingDays.isQuiet(byId.get("AGR-COLL"), MONDAY_NOON)).as("live, never sent anything").isTrue();
        assertThat(twoWorkingDays.isQuiet(byId.get("LKO-COLL"), MONDAY_NOON)).as("not live yet").isFalse();
    }

    @Test
    void officeAndDeskIdsTheRegistryDoesNotKnowWithWhenTheyWereSeen() {
        UnregisteredIds u = health.unregistered(10);

        assertThat(u.officeCount()).isEqualTo(1);
        assertThat(u.offices()).containsExactly(new UnregisteredId(UnregisteredId.Kind.OFFICE, "NEW-OFFICE", "NEW-OFFICE",
                FRIDAY_NOON.minus(Duration.ofDays(3)), FRIDAY_NOON.minus(Duration.ofDays(2))));
        assertThat(u.deskCount()).isEqualTo(2);
        assertThat(u.desks()).extracting(UnregisteredId::id).containsExactly("NEW-OFFICE-CLK-01", "KNJ-COLL-XX-99");
        assertThat(u.desks().getLast().officeId()).isEqualTo("KNJ-COLL");
        assertThat(health.unregistered(1).desks()).as("the most recently seen first").extracting(UnregisteredId::id)
                .containsExactly("NEW-OFFICE-CLK-01");
        assertThat(health.unregistered(1).deskCount()).isEqualTo(2);
    }

    @Test
    void eventsWrittenBeforeTheActivityViewExistedAreCopiedIntoIt() {
        List<Migration> all = MigrationCatalog.fromClassPath();
        warehouse.execute("DROP DATABASE IF EXISTS health_backfill_it");
        warehouse.execute("CREATE DATABASE health_backfill_it");
        try (Warehouse w = Warehouse.open(WarehouseTesting.config(SharedTestEngine.httpRoot(), "health_backfill_it")
                .withMigrate(false))) {
            w.migrate(all.stream().filter(m -> m.version() < 61).toList());
            w.execute("""
                    INSERT INTO movement_events VALUES ('b1', '2026-11-20 10:00:00.000', 'CREATED', 'FILE', 'F', 'OLD',
                        '', 'OLD-D1', 'NORMAL', '', 'it', now64(3))""");
            w.migrate(all);

            assertThat(w.querySql("it/activity", "SELECT desk_id, max(last_ts) AS at FROM desk_activity GROUP BY desk_id",
                    SqlParams.none(), r -> r.string("desk_id") + "@" + r.instant("at")))
                    .containsExactly("OLD-D1@" + ist("2026-11-20T10:00"));
        }
    }

    @Test
    void jobFiguresAddUpOverLiveReportersAndIgnoreADeadOne() {
        Instant since = Instant.now().minus(Duration.ofHours(1));
        report("movements", "job-1", "jm", Duration.ofSeconds(3), Map.of("heartbeat", 1.0,
                "job_status_running", 1.0, "job_status_restarting", 0.0, "checkpoint_last_duration_ms", 120.0,
                "checkpoint_last_completed_at_ms", 1.7e12));
        report("movements", "job-1", "tm-a", Duration.ofSeconds(2), Map.of("heartbeat", 1.0,
                "lines_in_per_second", 100.0, "lines_in_total", 5000.0, "sink_batch_latency_p95_ms", 40.0));
        report("movements", "job-1", "tm-b", Duration.ofSeconds(4), Map.of("heartbeat", 1.0,
                "lines_in_per_second", 50.0, "lines_in_total", 2500.0, "sink_batch_latency_p95_ms", 90.0));
        // An older report of tm-a is superseded by its newer one; a task manager gone for ten minutes is ignored.
        report("movements", "job-1", "tm-a", Duration.ofSeconds(30), Map.of("lines_in_per_second", 999.0));
        report("movements", "job-1", "tm-dead", Duration.ofMinutes(10), Map.of("lines_in_per_second", 70.0));
        report("old-import", "job-0", "jm", Duration.ofMinutes(20), Map.of("heartbeat", 1.0, "job_status_running", 1.0));

        List<JobHealth> jobs = health.jobs(since, Duration.ofSeconds(30));

        assertThat(jobs).extracting(JobHealth::jobName).containsExactly("movements", "old-import");
        JobHealth live = jobs.getFirst();
        assertThat(live.figure(JobFigure.LINES_IN_PER_SECOND)).hasValue(150.0);
        assertThat(live.figure(JobFigure.LINES_IN_TOTAL)).hasValue(7500.0);
        assertThat(live.figure(JobFigure.SINK_BATCH_LATENCY_P95_MS)).as("the slowest reporter").hasValue(90.0);
        assertThat(live.figure(JobFigure.CHECKPOINT_LAST_DURATION_MS)).hasValue(120.0);
        assertThat(live.lastCheckpoint()).contains(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(live.heartbeatAge().toMillis()).isCloseTo(2_000L, within(1_500L));
        assertThat(live.status(Duration.ofSeconds(60))).isEqualTo("RUNNING");
        assertThat(live.running(Duration.ofSeconds(60))).isTrue();
        assertThat(live.status(Duration.ofSeconds(1))).as("no heartbeat for longer than allowed")
                .isEqualTo(JobHealth.NO_HEARTBEAT);
        assertThat(jobs.getLast().status(Duration.ofSeconds(60))).isEqualTo(JobHealth.NO_HEARTBEAT);
        assertThat(jobs.getLast().running(Duration.ofSeconds(60))).isFalse();
    }

    @Test
    void duplicatesAreCountedOncePerSourceLine() {
        assertThat(health.duplicates()).isEqualTo(2);
    }
}
