package in.eofficemonitor.streamjobs.job;

import in.eofficemonitor.streamjobs.contract.CsvFormatException;
import in.eofficemonitor.streamjobs.contract.CsvLoad;
import in.eofficemonitor.streamjobs.contract.DeskCsv;
import in.eofficemonitor.streamjobs.contract.OfficeRegistryCsv;
import in.eofficemonitor.streamjobs.contract.OpeningBalanceCsv;
import in.eofficemonitor.streamjobs.registry.OpeningBalanceLoader;
import in.eofficemonitor.streamjobs.registry.RegistryLoader;
import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.streamjobs.workflow.WorkflowSettings;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.registry.Desk;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.OpeningBalance;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code ./eoffice-monitor import --offices F --desks F --events F [--warehouse URL] [--calendar-days]
 * [--out-of-order 10m] [--parallelism N] [--batch-rows N] [--flush-interval 1s]}: loads the registry, runs the jobs
 * over the events file into the warehouse, and prints how every line was accounted for. Exit code 0 when every
 * line is an accepted event, a duplicate or a dead letter; 1 when not; 2 on bad arguments.
 */
public final class ImportCommand {

    private ImportCommand() {}

    public static void main(String[] args) {
        in.eofficemonitor.warehouse.cli.CommandMain.main("import", args, a -> {
            start(a);
            return 0;
        });
    }

    private static void start(String[] args) throws Exception {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "log4j2-stream-jobs.xml");
        }
        Args a = Args.parse(args);
        if (a.has("help") || !a.has("events")) {
            usage(System.err);
            System.exit(a.has("help") ? 0 : 2);
        }
        System.exit(run(a, System.out));
    }

    static int run(Args a, PrintStream out) throws Exception {
        WorkflowSettings workflow;
        SinkBatch batch;
        try {
            workflow = JobOptions.workflow(a, WorkflowSettings.defaults());
            batch = JobOptions.batch(a, SinkBatch.defaults());
        } catch (IllegalArgumentException e) {
            System.err.println("eoffice-monitor import: " + e.getMessage());
            return 2;
        }
        Path events = Path.of(a.get("events"));
        if (!Files.isReadable(events)) {
            System.err.println("eoffice-monitor import: cannot read --events " + events);
            return 2;
        }
        List<Office> offices;
        List<Desk> desks;
        try {
            offices = a.has("offices") ? OfficeRegistryCsv.read(Path.of(a.get("offices"))).whole() : List.of();
            desks = a.has("desks") ? DeskCsv.read(Path.of(a.get("desks"))).whole() : List.of();
        } catch (CsvFormatException e) {
            System.err.println("eoffice-monitor import: " + e.getMessage());
            return 2;
        }
        List<OpeningBalance> balances = openingBalances(a, events);
        try (Warehouse warehouse = Warehouse.open(a.get("warehouse"))) {
            try (Connection c = warehouse.dataSource().getConnection()) {
                List<String> notListed = RegistryLoader.load(c, offices, desks, Instant.now());
                if (!notListed.isEmpty()) {
                    System.err.println("eoffice-monitor import: "
                            + RegistryLoader.notListedMessage(Path.of(a.get("offices")).getFileName().toString(), notListed));
                }
                OpeningBalanceLoader.load(c, balances, Instant.now());
            }
            SinkSettings sink = batch.applyTo(SinkSettings.defaults(warehouse.jdbcUrl())
                    .withCredentials(warehouse.config().user(), warehouse.config().password()));
            long started = System.nanoTime();
            ImportJob.Summary s = ImportJob.run(new ImportJob.Options(offices, desks, events, sink, workflow,
                    StuckThresholds.defaults(), a.has("calendar-days")));
            double seconds = (System.nanoTime() - started) / 1e9;
            print(s, seconds, out);
            return s.everyLineAccountedFor() ? 0 : 1;
        }
    }

    static void print(ImportJob.Summary s, double seconds, PrintStream out) {
        out.printf("source / स्रोत: %s%n", s.source());
        out.printf("lines read / पढ़ी गई पंक्तियाँ: %d%n", s.linesRead());
        out.printf("accepted / स्वीकृत: %d%n", s.accepted());
        out.printf("duplicates / दोहराव: %d%n", s.duplicates());
        out.printf("dead letters / अस्वीकृत: %d%n", s.deadLetters());
        for (Map.Entry<String, Long> e : s.deadLettersByReason().entrySet()) {
            out.printf("  %s: %d%n", e.getKey(), e.getValue());
        }
        out.printf("every line accounted for / हर पंक्ति का हिसाब: %s%n", s.everyLineAccountedFor() ? "yes / हाँ" : "NO / नहीं");
        out.printf("took %.1f s (%.0f lines/s)%n", seconds, s.linesRead() / Math.max(seconds, 1e-9));
    }

    /**
     * --opening-balances FILE, or else opening-balances.csv beside the events file when there is one (what
     * {@code simulate} writes): e-files created before the event history, for cumulative counts.
     */
    private static List<OpeningBalance> openingBalances(Args a, Path events) {
        Path file = a.has("opening-balances") ? Path.of(a.get("opening-balances"))
                : events.toAbsolutePath().resolveSibling("opening-balances.csv");
        if (!a.has("opening-balances") && !Files.isReadable(file)) {
            return List.of();
        }
        List<OpeningBalance> rows = registry(OpeningBalanceCsv.read(file), "opening-balances");
        System.err.printf("eoffice-monitor import: %d opening balances from %s%n", rows.size(), file);
        return rows;
    }

    private static <T> List<T> registry(CsvLoad<T> load, String what) {
        if (!load.rejections().isEmpty()) {
            System.err.printf("eoffice-monitor import: %d %s rows rejected, first: %s%n", load.rejections().size(), what,
                    load.rejections().getFirst());
        }
        return load.rows();
    }

    private static void usage(PrintStream err) {
        err.println("""
                Usage: ./eoffice-monitor import --events FILE [--offices FILE] [--desks FILE] [--warehouse URL]
                         [--opening-balances FILE] [--calendar-days] [--out-of-order 10m] [--parallelism N]
                         [--batch-rows N] [--flush-interval 1s]
                (opening-balances.csv beside the events file is loaded when --opening-balances is not given)
                Runs the stream jobs over a JSON Lines file of file-movement events into the warehouse and prints
                lines read, accepted, duplicates and dead letters by reason.
                """ + JobOptions.USAGE);
    }

    /** --name value / --flag arguments. */
    record Args(Map<String, String> values) {
        static Args parse(String[] args) {
            Map<String, String> m = new java.util.HashMap<>();
            for (int i = 0; i < args.length; i++) {
                String k = args[i];
                if (!k.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument " + k);
                }
                String name = k.substring(2);
                int eq = name.indexOf('=');
                if (eq > 0) {
                    m.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    m.put(name, args[++i]);
                } else {
                    m.put(name, "true");
                }
            }
            return new Args(m);
        }

        boolean has(String name) {
            return values.containsKey(name);
        }

        String get(String name) {
            return values.get(name);
        }

        String get(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        /** 10m, 30s, 2h, 500ms or ISO-8601 (PT10M). */
        static Duration duration(String s) {
            String v = s.strip().toLowerCase();
            if (v.startsWith("pt") || v.startsWith("p")) {
                return Duration.parse(s.toUpperCase());
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException("not a duration: " + s);
            };
        }
    }
}
