package in.eofficemonitor.streamjobs.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code ./eoffice-monitor bench simulate [--events N] [--volume F] [--keep DIR]}: times the simulator writing N
 * events (default 1 crore = 10 M) of the scenario "up" to events.jsonl, prints events/s and MB/s and the
 * projected time for 100 M events, and writes the figures to bench-results/simulate.txt.
 */
public final class SimulateBenchmark {

    private SimulateBenchmark() {}

    public static void main(String[] args) {
        in.eofficemonitor.warehouse.cli.CommandMain.main("bench simulate", args, a -> {
            start(a);
            return 0;
        });
    }

    private static void start(String[] args) throws IOException {
        long events = 10_000_000L;
        double volume = 1.0;
        Path keep = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Long.parseLong(args[++i]);
                case "--volume" -> volume = Double.parseDouble(args[++i]);
                case "--keep" -> keep = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: bench simulate [--events N] [--volume F] [--keep DIR]");
                    System.exit(2);
                }
            }
        }
        Path dir = keep != null ? keep : Files.createTempDirectory("eoffice-simulate-bench");
        Scenario scenario = UpScenario.build();
        // An open-ended history from a fixed day, stopped after N events: the same work per event as a long run.
        SimulationOptions options = new SimulationOptions(7, LocalDate.of(2024, 1, 1), null, null, volume,
                SimulationOptions.DEFAULT_AFTER_HOURS_SHARE);
        SimulationWriter.Summary s = SimulationWriter.write(scenario, options, NoiseOptions.none(), dir,
                new ProgressBar(System.err, System.console() != null), events);
        long bytes = Files.size(dir.resolve(SimulationWriter.EVENTS));
        double rate = s.lines() / s.seconds();
        String report = String.format("""
                benchmark: simulate (scenario up, seed 7, volume %.2f)
                date: %s
                machine: %d cores, %s
                events written: %d
                seconds: %.2f
                events per second: %.0f
                MB per second: %.1f
                bytes per event: %.0f
                projected time for 100 M events: %.1f minutes
                """, volume, Instant.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), s.lines(), s.seconds(), rate,
                bytes / 1e6 / s.seconds(), (double) bytes / s.lines(), 100e6 / rate / 60);
        System.out.print(report);
        Path results = Path.of("bench-results");
        Files.createDirectories(results);
        Files.writeString(results.resolve("simulate.txt"), report, StandardCharsets.UTF_8);
        if (keep == null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
