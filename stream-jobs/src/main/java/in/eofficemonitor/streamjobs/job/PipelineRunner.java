package in.eofficemonitor.streamjobs.job;

import in.eofficemonitor.streamjobs.contract.DeskCsv;
import in.eofficemonitor.streamjobs.contract.OfficeRegistryCsv;
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
import in.eofficemonitor.streamjobs.source.WatchedDirectory;
import in.eofficemonitor.streamjobs.workflow.MovementWorkflow;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.registry.Desk;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.RegistryQueries;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming job of {@code run} and {@code ./eoffice-monitor jobs}: a live source → the movement workflow → the
 * warehouse, in an in-process Flink. The source is the simulator's live stream (the default; the dashboard's
 * all-in-one run calls {@link #startEmbedded}) or a directory watched for new JSON Lines files ({@code --watch}).
 *
 * <p>Checkpoints go to {@code <stateDir>/checkpoints} and are retained when the job stops; the next start resumes
 * from the newest one. {@code <stateDir>/source.txt} names the source the checkpoints belong to, so a state
 * directory is never resumed by a job that reads something else. The simulated clock's anchor is kept in
 * {@code <stateDir>/simulator-start.txt}, so that a resumed job regenerates exactly the stream it had checkpointed
 * a position in.
 */
public final class PipelineRunner {

    private static final Logger log = LoggerFactory.getLogger(PipelineRunner.class);

    private PipelineRunner() {}

    /** Where the live job's lines come from. */
    public sealed interface LiveSource permits Simulator, Watch {
        /** What {@code source.txt} of the state directory says, to tell the sources' checkpoints apart. */
        String describe();
    }

    /**
     * The simulator's live stream: {@code speedUp} simulated seconds per wall second, {@code volume} scales the
     * arrival rates, {@code historyDays} of history emitted at once on the first start.
     */
    public record Simulator(long seed, double speedUp, double volume, int historyDays) implements LiveSource {

        public static Simulator demo() {
            LiveEventStream.Config demo = LiveEventStream.Config.demo(Instant.EPOCH);
            return new Simulator(demo.seed(), demo.speedUp(), demo.volume(), demo.historyDays());
        }

        @Override
        public String describe() {
            return "simulator seed " + seed;
        }
    }

    /**
     * A directory watched for new JSON Lines files, listed every {@code poll}. The registry: {@code offices} and
     * {@code desks}, loaded into the warehouse at start; when both are empty, the registry already in the warehouse
     * (e.g. from an earlier {@code import}).
     */
    public record Watch(Path directory, Duration poll, List<Office> offices, List<Desk> desks) implements LiveSource {

        public Watch {
            directory = directory.toAbsolutePath().normalize();
            offices = List.copyOf(offices);
            desks = List.copyOf(desks);
        }

        @Override
        public String describe() {
            return "watch " + directory;
        }
    }

    /**
     * @param stateDir checkpoints, the source they belong to and the simulator's anchor (e.g. {@code data/flink})
     * @param sinkBatch the sink's batch bounds (rows, flush interval; always flushed on a checkpoint)
     * @param metricsInterval the job's figures are written to the warehouse's {@code job_metrics} this often (zero:
     *     never)
     */
    public record Options(Path stateDir, LiveSource source, boolean calendarDays, WorkflowSettings workflow,
            Duration checkpointInterval, SinkBatch sinkBatch, Duration metricsInterval) {

        /** The demo: the simulator's live stream, checkpoints every 3 s. */
        public static Options defaults(Path stateDir) {
            return new Options(stateDir, Simulator.demo(), false, WorkflowSettings.defaults(), Duration.ofSeconds(3),
                    SinkBatch.defaults(), WarehouseMetrics.DEFAULT_INTERVAL);
        }

        public Options withSource(LiveSource s) {
            return new Options(stateDir, s, calendarDays, workflow, checkpointInterval, sinkBatch, metricsInterval);
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

    /** Loads the source's registry into the warehouse and starts the live job; returns at once. */
    public static Handle startEmbedded(Warehouse warehouse, Options o) throws Exception {
        Path checkpoints = o.stateDir().resolve("checkpoints");
        claimStateDir(o.stateDir(), checkpoints, o.source());
        Optional<WarehouseMetrics> metrics = o.metricsInterval().isZero() ? Optional.empty()
                : Optional.of(WarehouseMetrics.to(warehouse.jdbcUrl(), warehouse.config().user(),
                        warehouse.config().password()).every(o.metricsInterval()));
        StreamExecutionEnvironment env = LocalFlink.environment(o.workflow().parallelism(),
                CheckpointSettings.under(checkpoints).withInterval(o.checkpointInterval()), false, metrics);
        ClickHouseSink sink = new ClickHouseSink(o.sinkBatch().applyTo(SinkSettings.defaults(warehouse.jdbcUrl())
                .withCredentials(warehouse.config().user(), warehouse.config().password())));
        String what = switch (o.source()) {
            case Simulator s -> simulator(warehouse, o, s, env, sink);
            case Watch w -> watch(warehouse, o, w, env, sink);
        };
        // A name that stays the same from start to start: the health view lists the jobs by it.
        String name = switch (o.source()) {
            case Simulator s -> "e-Office movements (live simulator)";
            case Watch w -> "e-Office movements (watched directory)";
        };
        JobClient client = env.executeAsync(name);
        log.info("Stream job {} started on {}, checkpoints in {}", client.getJobID(), what, checkpoints);
        return new Handle(client);
    }

    private static String simulator(Warehouse warehouse, Options o, Simulator s, StreamExecutionEnvironment env,
            ClickHouseSink sink) throws Exception {
        Scenario scenario = UpScenario.build();
        Instant start = anchor(o.stateDir());
        LiveEventStream.Config demo = LiveEventStream.Config.demo(start);
        LiveEventStream.Config live = new LiveEventStream.Config(s.seed(), start, s.historyDays(), s.speedUp(),
                s.volume(), demo.noise());
        SimulatorLines.Settings sim = SimulatorLines.Settings.of(live);
        try (Connection c = warehouse.dataSource().getConnection()) {
            RegistryLoader.load(c, scenario.offices(), scenario.desks(), Instant.now());
            // The Secretariat's e-files before the simulated history, so that rollout shows its 86.54 lakh.
            OpeningBalanceLoader.load(c, LiveEventStream.openingBalances(live), Instant.now());
        }
        StayRules rules = new StayRules(RegistryLookup.of(scenario.offices(), scenario.desks()),
                StuckThresholds.defaults(), o.calendarDays());
        MovementWorkflow.build(env, SimulatorLines.source(sim, Long.MAX_VALUE), SimulatorLines.sourceName(sim), rules,
                o.workflow(), sink);
        return "live simulator, seed " + s.seed() + " anchored at " + start + ", speed-up " + s.speedUp();
    }

    private static String watch(Warehouse warehouse, Options o, Watch w, StreamExecutionEnvironment env,
            ClickHouseSink sink) throws Exception {
        Files.createDirectories(w.directory());
        List<Office> offices = w.offices();
        List<Desk> desks = w.desks();
        if (offices.isEmpty() && desks.isEmpty()) {
            RegistryQueries registry = new RegistryQueries(warehouse);
            offices = registry.offices(Scope.state());
            desks = registry.desks(Scope.state());
        } else {
            try (Connection c = warehouse.dataSource().getConnection()) {
                List<String> notListed = RegistryLoader.load(c, offices, desks, Instant.now());
                if (!notListed.isEmpty()) {
                    System.err.println("eoffice-monitor jobs: " + RegistryLoader.notListedMessage("offices.csv", notListed));
                }
            }
        }
        StayRules rules = new StayRules(RegistryLookup.of(offices, desks), StuckThresholds.defaults(),
                o.calendarDays());
        MovementWorkflow.build(env, WatchedDirectory.source(w.directory().toUri().toString(), w.poll(), o.workflow().maxLineBytes()),
                WatchedDirectory.sourceName(w.directory().toString()), rules, o.workflow(), sink);
        return "directory " + w.directory() + " watched every " + w.poll().toMillis() + " ms, registry of "
                + offices.size() + " offices and " + desks.size() + " desks";
    }

    /**
     * Makes sure the checkpoints under {@code stateDir} belong to this source, then records it. Resuming another
     * source's checkpoint would fail, or — for the simulator with another seed — silently regenerate a different
     * stream from the old position. A state directory from before {@code source.txt} held the simulator's.
     */
    static void claimStateDir(Path stateDir, Path checkpoints, LiveSource source) throws IOException {
        Files.createDirectories(stateDir);
        Path marker = stateDir.resolve("source.txt");
        String wanted = source.describe();
        if (Files.exists(marker)) {
            String held = Files.readString(marker, StandardCharsets.UTF_8).strip();
            if (!held.equals(wanted)) {
                throw new IllegalStateException(stateDir + " holds the checkpoints of '" + held + "', not of '"
                        + wanted + "': give this job another --state-dir, or delete " + stateDir + " to start over");
            }
        } else if (!(source instanceof Simulator) && LocalFlink.latestCheckpoint(checkpoints).isPresent()) {
            throw new IllegalStateException(stateDir + " holds the simulator's checkpoints: give this job another "
                    + "--state-dir, or delete " + stateDir + " to start over");
        }
        Files.writeString(marker, wanted + "\n", StandardCharsets.UTF_8);
    }

    private static Instant anchor(Path stateDir) throws IOException {
        Files.createDirectories(stateDir);
        Path file = stateDir.resolve("simulator-start.txt");
        if (Files.exists(file)) {
            return Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
        }
        // Inside office hours of simulated time, so that a demo started at night is alive from its first minute.
        Instant start = LiveEventStream.liveStart(Instant.now());
        Files.writeString(file, start.toString(), StandardCharsets.UTF_8);
        return start;
    }

    /** {@code ./eoffice-monitor jobs …}: runs until Ctrl-C; see {@link #USAGE}. */
    public static void main(String[] args) {
        in.eofficemonitor.warehouse.cli.CommandMain.main("jobs", args, a -> {
            start(a);
            return 0;
        });
    }

    private static void start(String[] args) throws Exception {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "log4j2-stream-jobs.xml");
        }
        ImportCommand.Args a = ImportCommand.Args.parse(args);
        if (a.has("help")) {
            System.out.println(USAGE);
            return;
        }
        Options o;
        try {
            o = options(a);
        } catch (IllegalArgumentException e) {
            System.err.println("eoffice-monitor jobs: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
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

    static final String USAGE = """
            Usage: ./eoffice-monitor jobs [--warehouse URL] [--state-dir DIR] [--calendar-days]
                                          [--checkpoint-interval 3s] [shared options]
              the simulator's live stream (default; state in data/flink):
                [--seed 7] [--speed-up 60] [--volume 0.1] [--history-days 30]
              a directory watched for new JSON Lines files (state in data/flink-watch):
                --watch DIR [--poll 10s] [--offices FILE --desks FILE]
                (no --offices/--desks: the registry already in the warehouse)
            Shared options (the same for import):
            """ + JobOptions.USAGE;

    /** The options of a {@code jobs} command line. */
    static Options options(ImportCommand.Args a) {
        boolean watching = a.has("watch");
        Options d = Options.defaults(Path.of(a.get("state-dir", watching ? "data/flink-watch" : "data/flink")));
        LiveSource source;
        if (watching) {
            List<Office> offices = a.has("offices")
                    ? OfficeRegistryCsv.read(Path.of(a.get("offices"))).whole() : List.of();
            List<Desk> desks = a.has("desks")
                    ? DeskCsv.read(Path.of(a.get("desks"))).whole() : List.of();
            Duration poll = a.has("poll") ? ImportCommand.Args.duration(a.get("poll")) : Duration.ofSeconds(10);
            if (poll.isNegative() || poll.isZero()) {
                throw new IllegalArgumentException("--poll must be positive: " + a.get("poll"));
            }
            source = new Watch(Path.of(a.get("watch")), poll, offices, desks);
        } else {
            Simulator s = Simulator.demo();
            source = new Simulator(Long.parseLong(a.get("seed", String.valueOf(s.seed()))),
                    Double.parseDouble(a.get("speed-up", String.valueOf(s.speedUp()))),
                    Double.parseDouble(a.get("volume", String.valueOf(s.volume()))),
                    Integer.parseInt(a.get("history-days", String.valueOf(s.historyDays()))));
        }
        Duration every = a.has("checkpoint-interval")
                ? ImportCommand.Args.duration(a.get("checkpoint-interval")) : d.checkpointInterval();
        return new Options(d.stateDir(), source, a.has("calendar-days"), JobOptions.workflow(a, d.workflow()), every,
                JobOptions.batch(a, d.sinkBatch()), d.metricsInterval());
    }

}
