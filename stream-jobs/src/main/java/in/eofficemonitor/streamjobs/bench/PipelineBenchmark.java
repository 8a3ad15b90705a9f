package in.eofficemonitor.streamjobs.bench;

import in.eofficemonitor.streamjobs.functions.StayRules;
import in.eofficemonitor.streamjobs.job.CheckpointSettings;
import in.eofficemonitor.streamjobs.job.LocalFlink;
import in.eofficemonitor.streamjobs.registry.RegistryLoader;
import in.eofficemonitor.streamjobs.registry.RegistryLookup;
import in.eofficemonitor.streamjobs.simulator.LiveEventStream;
import in.eofficemonitor.streamjobs.simulator.NoiseOptions;
import in.eofficemonitor.streamjobs.simulator.Scenario;
import in.eofficemonitor.streamjobs.simulator.UpScenario;
import in.eofficemonitor.streamjobs.sink.ClickHouseSink;
import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.source.SimulatorLines;
import in.eofficemonitor.streamjobs.workflow.MovementWorkflow;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code ./eoffice-monitor bench pipeline [--events N] [--warehouse URL] [--parallelism N]}: events per second
 * end to end — the simulator's stream (unpaced) → the movement workflow → ClickHouse — beside the simulator's
 * own rate and the warehouse's raw JDBC insert rate (from bench-results/warehouse.txt, when that benchmark has
 * run), with the peak RSS. Writes bench-results/pipeline.txt. By default into a fresh embedded warehouse in a
 * temporary directory, so the benchmark never touches ./data.
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "log4j2-stream-jobs.xml");
        }
        long events = 10_000_000;
        String url = null;
        int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Long.parseLong(args[++i].replace("_", ""));
                case "--warehouse" -> url = args[++i];
                case "--parallelism" -> parallelism = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (usage: bench pipeline [--events N] [--warehouse URL] [--parallelism N])");
            }
        }
        Path tmp = Files.createTempDirectory("eoffice-bench-pipeline");
        try {
            run(events, url, parallelism, tmp);
        } finally {
            deleteTree(tmp);
        }
    }

    private static void run(long events, String url, int parallelism, Path tmp) throws Exception {
        // Unpaced (speed-up 1e9: every line is due at once), no history, the demo's noise.
        LiveEventStream.Config config = new LiveEventStream.Config(7, Instant.parse("2026-11-02T04:30:00Z"), 0, 1e9,
                1.0, NoiseOptions.demo());
        SimulatorLines.Settings sim = SimulatorLines.Settings.of(config);
        List<String> report = new ArrayList<>();
        report.add("bench pipeline — simulator → stream jobs → ClickHouse, " + Instant.now());
        report.add(String.format("events requested: %,d; parallelism %d; cores %d", events, parallelism,
                Runtime.getRuntime().availableProcessors()));

        long simLines = Math.min(events, 1_000_000);
        LiveEventStream stream = new LiveEventStream(config);
        long t0 = System.nanoTime();
        for (long i = 0; i < simLines; i++) {
            stream.next();
        }
        double simRate = simLines / ((System.nanoTime() - t0) / 1e9);
        report.add(String.format("simulator alone: %,.0f lines/s (%,d lines)", simRate, simLines));

        WarehouseConfig wc = url == null
                ? WarehouseConfig.embedded(tmp.resolve("clickhouse")).withEmbeddedPort(0)
                : WarehouseConfig.fromUrl(url);
        try (Warehouse warehouse = Warehouse.open(wc)) {
            Scenario scenario = UpScenario.build();
            try (Connection c = warehouse.dataSource().getConnection()) {
                RegistryLoader.load(c, scenario.offices(), scenario.desks(), Instant.now());
            }
            StayRules rules = new StayRules(RegistryLookup.of(scenario.offices(), scenario.desks()),
                    StuckThresholds.defaults(), false);
            StreamExecutionEnvironment env = LocalFlink.environment(parallelism,
                    CheckpointSettings.under(tmp.resolve("checkpoints")).withInterval(Duration.ofSeconds(10))
                            .withResume(false), true);
            SinkSettings sink = SinkSettings.defaults(warehouse.jdbcUrl())
                    .withCredentials(warehouse.config().user(), warehouse.config().password());
            MovementWorkflow.build(env, SimulatorLines.source(sim, events), SimulatorLines.sourceName(sim), rules,
                    WorkflowSettings.defaults().withParallelism(parallelism), new ClickHouseSink(sink));
            long started = System.nanoTime();
            env.execute("bench pipeline");
            double seconds = (System.nanoTime() - started) / 1e9;
            double rate = events / seconds;
            report.add(String.format("end to end: %,d events in %.1f s = %,.0f events/s", events, seconds, rate));
            try (Connection c = warehouse.dataSource().getConnection(); Statement s = c.createStatement()) {
                for (String table : new String[] {"movement_events", "desk_visits", "file_positions",
                        "stuck_transitions", "dead_letters", "duplicate_events"}) {
                    try (ResultSet rs = s.executeQuery("SELECT count() FROM " + table)) {
                        rs.next();
                        report.add(String.format("  rows in %s: %,d", table, rs.getLong(1)));
                    }
                }
            }
            Double raw = rawInsertRate(Path.of("bench-results", "warehouse.txt"));
            if (raw != null) {
                report.add(String.format("warehouse raw JDBC insert rate (bench-results/warehouse.txt): %,.0f rows/s;"
                        + " end to end / raw = %.2f", raw, rate / raw));
            } else {
                report.add("warehouse raw JDBC insert rate: bench-results/warehouse.txt not found"
                        + " (run ./eoffice-monitor bench warehouse first)");
            }
        }
        report.add(String.format("peak RSS: %,d MB", peakRssKb() / 1024));
        Files.createDirectories(Path.of("bench-results"));
        Files.write(Path.of("bench-results", "pipeline.txt"), report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);
        System.out.println("written to bench-results/pipeline.txt");
    }

    /** The first "N rows/s" figure of the warehouse benchmark's report, if any. */
    static Double rawInsertRate(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Matcher m = Pattern.compile("([0-9][0-9,.\\s]*)\\s*rows/s").matcher(Files.readString(file));
        while (m.find()) {
            String digits = m.group(1).replaceAll("[,\\s]", "");
            if (!digits.isEmpty()) {
                return Double.parseDouble(digits);
            }
        }
        return null;
    }

    private static long peakRssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
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
