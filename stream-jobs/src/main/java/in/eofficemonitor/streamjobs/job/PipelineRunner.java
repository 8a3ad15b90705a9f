package in.eofficemonitor.streamjobs.job;

import in.eofficemonitor.streamjobs.functions.StayRules;
import in.eofficemonitor.streamjobs.metrics.WarehouseMetrics;
import in.eofficemonitor.streamjobs.registry.OpeningBalanceLoader;
import in.eofficemonitor.streamjobs.registry.RegistryLoader;
import in.eofficemonitor.streamjobs.registry.RegistryLookup;
import in.eofficemonitor.streamjobs.simulator.LiveEventStream;
import in.eofficemonitor.streamjobs.simulator.Scenario;
import in.eofficemonitor.streamjobs.simulator.UpScenario;
import in.eofficemonitor.streamjobs.sink.ClickHouseSink;
import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.source.SimulatorLines;
import in.eofficemonitor.streamjobs.workflow.MovementWorkflow;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming job of {@code run}: the simulator's live stream → the movement workflow → the warehouse, in an
 * in-process Flink. The dashboard's all-in-one run calls {@link #startEmbedded}; {@code ./eoffice-monitor jobs}
 * runs it alone ({@link #main}).
 *
 * <p>Checkpoints go to {@code <stateDir>/checkpoints} and are retained when the job stops; the next start resumes
 * from the newest one. The simulated clock's anchor is kept in {@code <stateDir>/simulator-start.txt}, so that a
 * resumed job regenerates exactly the stream it had checkpointed a position in.
 */
public final class PipelineRunner {

    private static final Logger log = LoggerFactory.getLogger(PipelineRunner.class);

    private PipelineRunner() {}

    /**
     * @param stateDir checkpoints and the simulator's anchor (e.g. {@code data/flink})
     * @param seed the simulator's seed; {@code speedUp} simulated seconds per wall second; {@code volume} scales
     *     the arrival rates; {@code historyDays} of history emitted at once on the first start; the job's
     *     figures are written to the warehouse's {@code job_metrics} every {@code metricsInterval} (zero: never)
     */
    public record Options(Path stateDir, long seed, double speedUp, double volume, int historyDays,
            boolean calendarDays, WorkflowSettings workflow, Duration checkpointInterval, Duration metricsInterval) {

        public static Options defaults(Path stateDir) {
            LiveEventStream.Config demo = LiveEventStream.Config.demo(Instant.EPOCH);
            return new Options(stateDir, demo.seed(), demo.speedUp(), demo.volume(), demo.historyDays(), false,
                    WorkflowSettings.defaults(), Duration.ofSeconds(3), WarehouseMetrics.DEFAULT_INTERVAL);
        }
    }

    /** A running job; {@link #stop()} cancels it, keeping its last checkpoint for the next start. */
    public static final class Handle implements AutoCloseable {
        private final JobClient client;

        private Handle(JobClient client) {
            this.client = client;
        }

        public String jobId() {
            return client.getJobID().toString();
        }

        public void stop() {
            try {
                client.cancel().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("Stopping the stream job did not complete cleanly: {}", e.toString());
            }
        }

        @Override
        public void close() {
            stop();
        }
    }

    /** Loads the simulator's registry into the warehouse and starts the live job; returns at once. */
    public static Handle startEmbedded(Warehouse warehouse, Options o) throws Exception {
        Scenario scenario = UpScenario.build();
        Instant start = anchor(o.stateDir());
        LiveEventStream.Config demo = LiveEventStream.Config.demo(start);
        LiveEventStream.Config live = new LiveEventStream.Config(o.seed(), start, o.historyDays(), o.speedUp(),
                o.volume(), demo.noise());
        SimulatorLines.Settings sim = SimulatorLines.Settings.of(live);
        try (Connection c = warehouse.dataSource().getConnection()) {
            RegistryLoader.load(c, scenario.offices(), scenario.desks(), Instant.now());
            // The Secretariat's e-files before the simulated history, so that rollout shows its 86.54 lakh.
            OpeningBalanceLoader.load(c, LiveEventStream.openingBalances(live), Instant.now());
        }
        StayRules rules = new StayRules(RegistryLookup.of(scenario.offices(), scenario.desks()),
                StuckThresholds.defaults(), o.calendarDays());
        Optional<WarehouseMetrics> metrics = o.metricsInterval().isZero() ? Optional.empty()
                : Optional.of(WarehouseMetrics.to(warehouse.jdbcUrl(), warehouse.config().user(),
                        warehouse.config().password()).every(o.metricsInterval()));
        StreamExecutionEnvironment env = LocalFlink.environment(o.workflow().parallelism(),
                CheckpointSettings.under(o.stateDir().resolve("checkpoints")).withInterval(o.checkpointInterval()),
                false, metrics);
        SinkSettings sink = SinkSettings.defaults(warehouse.jdbcUrl())
                .withCredentials(warehouse.config().user(), warehouse.config().password());
        MovementWorkflow.build(env, SimulatorLines.source(sim, Long.MAX_VALUE), SimulatorLines.sourceName(sim), rules,
                o.workflow(), new ClickHouseSink(sink));
        JobClient client = env.executeAsync("e-Office movements (live simulator)");
        log.info("Stream job {} started: simulator seed {} anchored at {}, speed-up {}, checkpoints in {}",
                client.getJobID(), o.seed(), start, o.speedUp(), o.stateDir().resolve("checkpoints"));
        return new Handle(client);
    }

    private static Instant anchor(Path stateDir) throws IOException {
        Files.createDirectories(stateDir);
        Path file = stateDir.resolve("simulator-start.txt");
        if (Files.exists(file)) {
            return Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
        }
        Instant now = Instant.now();
        Files.writeString(file, now.toString(), StandardCharsets.UTF_8);
        return now;
    }

    /**
     * {@code ./eoffice-monitor jobs [--warehouse URL] [--state-dir data/flink] [--seed 7] [--speed-up 60]
     * [--volume 0.1] [--history-days 30] [--calendar-days] [--parallelism N]}: runs until Ctrl-C.
     */
    public static void main(String[] args) throws Exception {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "log4j2-stream-jobs.xml");
        }
        ImportCommand.Args a = ImportCommand.Args.parse(args);
        Options d = Options.defaults(Path.of(a.get("state-dir", "data/flink")));
        WorkflowSettings workflow = a.has("parallelism")
                ? d.workflow().withParallelism(Integer.parseInt(a.get("parallelism"))) : d.workflow();
        Options o = new Options(d.stateDir(), Long.parseLong(a.get("seed", String.valueOf(d.seed()))),
                Double.parseDouble(a.get("speed-up", String.valueOf(d.speedUp()))),
                Double.parseDouble(a.get("volume", String.valueOf(d.volume()))),
                Integer.parseInt(a.get("history-days", String.valueOf(d.historyDays()))), a.has("calendar-days"),
                workflow, d.checkpointInterval(), d.metricsInterval());
        try (Warehouse warehouse = Warehouse.open(a.get("warehouse"))) {
            Handle job = startEmbedded(warehouse, o);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                job.stop();
                stopped.countDown();
            }));
            System.out.println("Stream job running (Ctrl-C stops it; the next start resumes from its last checkpoint).");
            stopped.await();
        }
    }
}
