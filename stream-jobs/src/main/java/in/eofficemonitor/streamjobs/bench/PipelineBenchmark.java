package in.eofficemonitor.streamjobs.bench;

import in.eofficemonitor.streamjobs.functions.StayRules;
import in.eofficemonitor.streamjobs.job.CheckpointSettings;
import in.eofficemonitor.streamjobs.job.LocalFlink;
import in.eofficemonitor.streamjobs.records.WarehouseRow;
import in.eofficemonitor.streamjobs.registry.RegistryLoader;
import in.eofficemonitor.streamjobs.registry.RegistryLookup;
import in.eofficemonitor.streamjobs.simulator.LiveEventStream;
import in.eofficemonitor.streamjobs.simulator.NoiseOptions;
import in.eofficemonitor.streamjobs.simulator.Scenario;
import in.eofficemonitor.streamjobs.simulator.UpScenario;
import in.eofficemonitor.streamjobs.sink.ClickHouseSink;
import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.sink.SinkStatistics;
import in.eofficemonitor.streamjobs.source.SimulatorLines;
import in.eofficemonitor.streamjobs.workflow.MovementWorkflow;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * {@code ./eoffice-monitor bench pipeline [--events N] [--warehouse URL] [--parallelism N] [--raw-rows N]
 * [--checkpoint-interval D] [--state-backend hashmap|rocksdb] [--end-to-end-only]}: events per second end to end — the simulator's stream (unpaced)
 * → the movement workflow → ClickHouse — for 1 crore (10 million) events by default, and where the time goes.
 *
 * <p>Stages, each over the same events, in one process: (1) the simulator alone; (2) the jobs with a discarding
 * sink; (3) the jobs into the warehouse (end to end). Between (2) and (3) the warehouse's raw insert rate is
 * measured on the same engine, with no Flink: movement-event rows as RowBinary through the driver's client (the
 * sink's path) and as JDBC {@code PreparedStatement} batches (VALUES text, the foundation benchmark's path). Per
 * stage: wall time, process CPU time, CPU time per thread group (Java and the engine's native threads, from
 * /proc), peak RSS. Writes bench-results/pipeline.txt. By default into a fresh embedded warehouse in a temporary
 * directory, so the benchmark never touches ./data.
 */
public final class PipelineBenchmark {

    private static final String RAW_DATABASE = "bench_raw_inserts";

    private PipelineBenchmark() {}

    record Options(long events, String url, int parallelism, long rawRows, Duration checkpointInterval,
            String stateBackend, boolean endToEndOnly) {

        static Options parse(String[] args) {
            long events = 10_000_000;
            String url = null;
            int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
            long rawRows = 2_000_000;
            Duration interval = Duration.ofSeconds(10);
            String stateBackend = "hashmap";
            boolean endToEndOnly = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--events" -> events = Long.parseLong(args[++i].replace("_", "").replace(",", ""));
                    case "--warehouse" -> url = args[++i];
                    case "--parallelism" -> parallelism = Integer.parseInt(args[++i]);
                    case "--raw-rows" -> rawRows = Long.parseLong(args[++i].replace("_", "").replace(",", ""));
                    case "--checkpoint-interval" -> interval = Duration.parse("PT" + args[++i].toUpperCase(Locale.ROOT));
                    case "--state-backend" -> stateBackend = args[++i];
                    case "--end-to-end-only" -> endToEndOnly = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (usage: bench pipeline [--events N] [--warehouse URL] [--parallelism N] [--raw-rows N]"
                            + " [--checkpoint-interval 10s] [--state-backend hashmap|rocksdb] [--end-to-end-only])");
                }
            }
            if (!stateBackend.equals("hashmap") && !stateBackend.equals("rocksdb")) {
                throw new IllegalArgumentException("--state-backend is hashmap or rocksdb, not " + stateBackend);
            }
            return new Options(events, url, parallelism, rawRows, interval, stateBackend, endToEndOnly);
        }
    }

    public static void main(String[] args) {
        in.eofficemonitor.warehouse.cli.CommandMain.main("bench pipeline", args, a -> {
            start(a);
            return 0;
        });
    }

    private static void start(String[] args) throws Exception {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "log4j2-stream-jobs.xml");
        }
        Options options = Options.parse(args);
        Path tmp = Files.createTempDirectory("eoffice-bench-pipeline");
        try {
            List<String> report = run(options, tmp);
            Files.createDirectories(Path.of("bench-results"));
            Files.write(Path.of("bench-results", "pipeline.txt"), report, StandardCharsets.UTF_8);
            System.out.println("written to bench-results/pipeline.txt");
        } finally {
            deleteTree(tmp);
        }
    }

    private static List<String> run(Options o, Path tmp) throws Exception {
        // Unpaced (speed-up 1e9: every line is due at once), no history, the demo's noise.
        LiveEventStream.Config config = new LiveEventStream.Config(7, Instant.parse("2026-11-02T04:30:00Z"), 0, 1e9,
                1.0, NoiseOptions.demo());
        SimulatorLines.Settings sim = SimulatorLines.Settings.of(config);
        Report report = new Report();
        report.line("bench pipeline — simulator → stream jobs → ClickHouse, %s", Instant.now());
        report.line("machine: %d cores, load average %s; JVM %s, max heap %s MB",
                Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.version(),
                Report.indian(Runtime.getRuntime().maxMemory() >> 20));
        report.line("events: %s (the simulator's unpaced live stream, seed 7, the demo's bad, duplicate and late"
                + " lines); parallelism %d; checkpoints every %d s (%s state)", Report.indian(o.events()),
                o.parallelism(), o.checkpointInterval().toSeconds(),
                o.stateBackend().equals("rocksdb") ? "rocksdb, incremental" : o.stateBackend());
        report.line("");

        List<Stage> stages = new ArrayList<>();
        if (!o.endToEndOnly()) {
            stages.add(Stage.measure("1 the simulator alone", o.events(), () -> {
                LiveEventStream stream = new LiveEventStream(config);
                for (long i = 0; i < o.events(); i++) {
                    stream.next();
                }
            }));
            report.progress(stages.getLast());
            stages.add(Stage.measure("2 the jobs, discarding sink", o.events(),
                    () -> runJobs(o, sim, tmp.resolve("chk-discarding"), rulesOf(UpScenario.build()), new DiscardingSink<>())));
            report.progress(stages.getLast());
        }

        WarehouseConfig wc = o.url() == null
                ? WarehouseConfig.embedded(tmp.resolve("clickhouse")).withEmbeddedPort(0)
                : WarehouseConfig.fromUrl(o.url());
        RawInserts.Result raw;
        SinkStatistics.Snapshot sink;
        Stage endToEnd;
        List<String> tables = new ArrayList<>();
        try (Warehouse warehouse = Warehouse.open(wc)) {
            raw = o.rawRows() > 0 ? RawInserts.measure(warehouse, RAW_DATABASE, o.rawRows(), SinkSettings.defaults("x").batchRows())
                    : null;
            Scenario scenario = UpScenario.build();
            try (Connection c = warehouse.dataSource().getConnection()) {
                RegistryLoader.load(c, scenario.offices(), scenario.desks(), Instant.now());
            }
            SinkSettings settings = SinkSettings.defaults(warehouse.jdbcUrl())
                    .withCredentials(warehouse.config().user(), warehouse.config().password());
            SinkStatistics.Snapshot before = SinkStatistics.snapshot();
            endToEnd = Stage.measure("3 the jobs → ClickHouse (end to end)", o.events(),
                    () -> runJobs(o, sim, tmp.resolve("chk-end-to-end"), rulesOf(scenario), new ClickHouseSink(settings)));
            sink = SinkStatistics.snapshot().minus(before);
            stages.add(endToEnd);
            report.progress(endToEnd);
            try (Connection c = warehouse.dataSource().getConnection(); Statement s = c.createStatement()) {
                for (String table : new String[] {"movement_events", "desk_visits", "file_positions",
                        "stuck_transitions", "dead_letters", "duplicate_events"}) {
                    try (ResultSet rs = s.executeQuery("SELECT count() FROM " + table + " FINAL")) {
                        rs.next();
                        tables.add(String.format(Locale.ROOT, "%s %s", table, Report.indian(rs.getLong(1))));
                    }
                }
            }
        }

        report.stages(stages);
        report.line("");
        double rowsPerEvent = (double) sink.rowsInserted() / o.events();
        double e2eRows = sink.rowsInserted() / endToEnd.seconds();
        report.line("end to end: %s events in %.1f s = %s events/s; aim 1,00,000 events/s: %s",
                Report.indian(o.events()), endToEnd.seconds(), Report.indian(Math.round(endToEnd.eventsPerSecond())),
                endToEnd.eventsPerSecond() >= 100_000 ? "met" : "not met");
        report.line("rows inserted: %s = %.2f rows per event (after rows of one key within a batch replaced each"
                        + " other) = %s rows/s, in %s INSERTs", Report.indian(sink.rowsInserted()), rowsPerEvent,
                Report.indian(Math.round(e2eRows)), Report.indian(sink.inserts()));
        report.line("rows kept in the warehouse (FINAL): %s", String.join(", ", tables));
        report.line("sink threads: %.1f s encoding RowBinary, %.1f s waiting for INSERTs; the jobs' tasks waited %.1f s"
                + " for an insert in flight (back pressure from the warehouse)", sink.encodeSeconds(),
                sink.insertSeconds(), sink.taskWaitSeconds());
        if (raw != null) {
            report.line("");
            report.line("the warehouse's raw insert rate, same engine, same run, no Flink (%s movement-event rows,"
                    + " batches of %s, one thread):", Report.indian(raw.rows()), Report.indian(raw.batch()));
            report.line("  RowBinary through the driver's client (the sink's path):    %s rows/s",
                    Report.indian(Math.round(raw.rowBinaryRowsPerSecond())));
            report.line("  JDBC PreparedStatement batches (VALUES text, the old path): %s rows/s",
                    Report.indian(Math.round(raw.jdbcRowsPerSecond())));
            report.line("end to end / raw: %s rows/s ÷ %s rows/s = %.2f; at %.2f rows per event the raw RowBinary rate"
                            + " would carry %s events/s", Report.indian(Math.round(e2eRows)),
                    Report.indian(Math.round(raw.rowBinaryRowsPerSecond())), e2eRows / raw.rowBinaryRowsPerSecond(),
                    rowsPerEvent, Report.indian(Math.round(raw.rowBinaryRowsPerSecond() / rowsPerEvent)));
        }
        report.line("");
        report.whereTheTimeGoes(stages);
        return report.lines;
    }

    private static StayRules rulesOf(Scenario scenario) {
        return new StayRules(RegistryLookup.of(scenario.offices(), scenario.desks()), StuckThresholds.defaults(), false);
    }

    private static void runJobs(Options o, SimulatorLines.Settings sim, Path checkpoints, StayRules rules,
            Sink<WarehouseRow> sink) throws Exception {
        StreamExecutionEnvironment env = LocalFlink.environment(o.parallelism(),
                CheckpointSettings.under(checkpoints).withInterval(o.checkpointInterval()).withStateBackend(o.stateBackend())
                        .withResume(false), true);
        if (o.stateBackend().equals("rocksdb")) {
            // RocksDB checkpoints only the files written since the last one; the hashmap backend writes all state.
            Configuration incremental = new Configuration();
            incremental.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
            env.configure(incremental);
        }
        MovementWorkflow.build(env, SimulatorLines.source(sim, o.events()), SimulatorLines.sourceName(sim), rules,
                WorkflowSettings.defaults().withParallelism(o.parallelism()), sink);
        env.execute("bench pipeline");
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** One stage: wall and CPU time, CPU by thread group, peak RSS, the load around it. */
    record Stage(String name, long events, double seconds, double cpuSeconds, Map<String, Double> cpuByGroup,
            long peakRssMb, String loadBefore, String loadAfter) {

        interface Work {
            void run() throws Exception;
        }

        static Stage measure(String name, long events, Work work) throws Exception {
            resetPeakRss();
            String loadBefore = loadAverage();
            ThreadCpu threads = ThreadCpu.available() ? ThreadCpu.start() : null;
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            try {
                work.run();
            } catch (Exception e) {
                if (threads != null) {
                    threads.close();
                }
                throw e;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            Map<String, Double> byGroup = threads != null ? threads.stop() : Map.of();
            return new Stage(name, events, seconds, cpu, byGroup, peakRssKb() / 1024, loadBefore, loadAverage());
        }

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Linux: writing 5 to clear_refs resets the peak RSS (VmHWM) to the current RSS. */
    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the peak then covers the process so far
        }
    }

    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return -1;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
