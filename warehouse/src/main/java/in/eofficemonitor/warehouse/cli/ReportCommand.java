package in.eofficemonitor.warehouse.cli;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import in.eofficemonitor.warehouse.csv.Csv;
import in.eofficemonitor.warehouse.deadletters.DeadLetterQueries;
import in.eofficemonitor.warehouse.kpis.KpiLevel;
import in.eofficemonitor.warehouse.kpis.KpiQueries;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyQueries;
import in.eofficemonitor.warehouse.rollout.RolloutQueries;
import in.eofficemonitor.warehouse.rollups.RollupLevel;
import in.eofficemonitor.warehouse.rollups.RollupQueries;
import in.eofficemonitor.warehouse.stuck.StuckFilter;
import in.eofficemonitor.warehouse.stuck.StuckQueries;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code ./eoffice-monitor report pendency|stuck|rollout|dead-letters|kpis|daily …}: the warehouse's answers as CSV with
 * a header on stdout, for scripts and runbooks (DESIGN §4). The same queries the dashboard and the Monday mails
 * read, so the numbers agree. Errors go to stderr with exit status 2 for a wrong command line, 1 otherwise.
 */
public final class ReportCommand {

    static final String USAGE = """
            Usage: ./eoffice-monitor report REPORT [options]        (CSV with a header on stdout)

              pendency      --as-of TS --by desk|office|district|category [--district D | --office O]
              stuck         --as-of TS [--calendar-days] [--district D | --office O] [--desk K]
                            [--priority NORMAL|IMMEDIATE|MOST_IMMEDIATE] [--kind FILE|RECEIPT]
                            [--min-days N] [--max-days N]   (days at the desk, both included)
              rollout       [--as-of TS]                          coverage per office category
              rollout       --by office [--as-of TS] [--district D | --office O]
                            first and latest e-file per office, e-files created
              rollout       --by week --from DATE --to DATE [--district D | --office O]
                            active desks per office per week (Monday to Sunday)
              dead-letters  [--samples N]   (N latest raw lines per reason instead of the counts)
              kpis          --by office|district|category --from DATE --to DATE [--district D | --office O]
              daily         --by office|desk --from DATE --to DATE [--district D | --office O]
                            per day: created, received, forwarded, returned, closed, median and p90 dwell

            TS: ISO-8601 with an offset (2026-11-16T10:00:00+05:30) or a date (2026-11-16 = 00:00 IST);
                default: now. DATE: yyyy-MM-dd, both days included.
            Every report: --warehouse URL (default: embedded, data in ./data/clickhouse; or
                jdbc:clickhouse://HOST:8123/DB, http(s)://HOST:PORT/DB), --user U, --password P
                (or EOFFICE_WAREHOUSE_USER / EOFFICE_WAREHOUSE_PASSWORD).
            """;

    private static final Set<String> COMMON = Set.of("warehouse", "user", "password");
    private static final Set<String> SCOPE = Set.of("district", "office");

    /** A parsed command line. */
    record Invocation(String report, Options options, WarehouseConfig warehouse) {}

    private ReportCommand() {}

    public static void main(String[] args) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            // Logs to stderr, warnings only: stdout is the CSV.
            System.setProperty("log4j2.configurationFile", "eoffice-cli-log4j2.xml");
        }
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        CommandMain.main("report", args, a -> run(Arrays.asList(a), stdout, System.err, Clock.systemUTC()));
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Clock clock) {
        Invocation invocation;
        try {
            invocation = parse(args);
        } catch (UsageException e) {
            err.println("eoffice-monitor report: " + e.getMessage());
            err.println(CommandMain.hint("report"));
            return 2;
        }
        if (invocation == null) {
            out.print(USAGE);
            return 0;
        }
        try (Warehouse warehouse = Warehouse.open(invocation.warehouse())) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            execute(invocation, warehouse, writer, clock);
            writer.flush();
            return 0;
        } catch (UsageException e) {
            err.println("eoffice-monitor report: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("report " + invocation.report() + " failed: " + e.getMessage());
            if (invocation.warehouse().isEmbedded() && String.valueOf(e.getMessage()).contains("another process")) {
                err.println("If './eoffice-monitor run' (or 'warehouse') is using that directory, ask it instead:"
                        + " --warehouse http://127.0.0.1:8123/default");
            }
            return 1;
        }
    }

    /** Parses a command line; {@code null} for a request for help. */
    static Invocation parse(List<String> args) {
        if (args.isEmpty() || Set.of("-h", "--help", "help").contains(args.getFirst())) {
            return null;
        }
        String report = args.getFirst();
        List<String> rest = args.subList(1, args.size());
        Set<String> valued = switch (report) {
            case "pendency" -> union(COMMON, SCOPE, Set.of("as-of", "by"));
            case "stuck" -> union(COMMON, SCOPE, Set.of("as-of", "desk", "priority", "kind", "min-days", "max-days"));
            case "rollout" -> union(COMMON, SCOPE, Set.of("as-of", "by", "from", "to"));
            case "dead-letters" -> union(COMMON, Set.of("samples"));
            case "kpis", "daily" -> union(COMMON, SCOPE, Set.of("by", "from", "to"));
            default -> throw new UsageException(
                    "Unknown report '" + report + "' (pendency, stuck, rollout, dead-letters, kpis, daily)");
        };
        Set<String> flags = report.equals("stuck") ? Set.of("calendar-days") : Set.of();
        Options options = Options.parse(rest, valued, flags);
        if (!options.positional().isEmpty()) {
            throw new UsageException("Unexpected argument '" + options.positional().getFirst() + "'");
        }
        if (options.get("district").isPresent() && options.get("office").isPresent()) {
            throw new UsageException("Give --district or --office, not both");
        }
        WarehouseConfig config;
        try {
            config = WarehouseConfig.fromUrl(options.get("warehouse").orElse(null));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--warehouse: " + e.getMessage());
        }
        if (options.get("user").isPresent() || options.get("password").isPresent()) {
            config = config.withCredentials(options.get("user").orElse(config.user()),
                    options.get("password").orElse(config.password()));
        }
        Invocation invocation = new Invocation(report, options, config);
        validate(invocation);
        return invocation;
    }

    /** Checks option values before the warehouse is opened, so a typo costs no engine start. */
    private static void validate(Invocation inv) {
        Options o = inv.options();
        o.get("as-of").ifPresent(v -> ReportTimes.parseInstant("--as-of", v));
        switch (inv.report()) {
            case "pendency" -> pendencyLevel(o);
            case "stuck" -> {
                o.get("priority").ifPresent(v -> enumOption("--priority", v, Priority.class));
                o.get("kind").ifPresent(v -> enumOption("--kind", v, ItemKind.class));
                dwellDays(o);
            }
            case "kpis" -> {
                kpiLevel(o);
                period(o);
            }
            case "daily" -> {
                rollupLevel(o);
                period(o);
            }
            case "rollout" -> {
                String by = rolloutBy(o);
                boolean scoped = o.get("district").isPresent() || o.get("office").isPresent();
                if (by.equals("category") && scoped) {
                    throw new UsageException("--district and --office apply to rollout --by office or --by week");
                }
                if (by.equals("week")) {
                    period(o);
                } else if (o.get("from").isPresent() || o.get("to").isPresent()) {
                    throw new UsageException("--from and --to apply to rollout --by week (the others take --as-of)");
                }
                if (by.equals("week") && o.get("as-of").isPresent()) {
                    throw new UsageException("rollout --by week takes --from and --to, not --as-of");
                }
            }
            case "dead-letters" -> o.get("samples").ifPresent(ReportCommand::samples);
            default -> { }
        }
    }

    /** Runs a parsed report against an open warehouse, writing CSV. */
    static void execute(Invocation inv, Warehouse warehouse, Writer writer, Clock clock) {
        Options o = inv.options();
        Csv csv = new Csv(writer);
        Instant asOf = o.get("as-of").map(v -> ReportTimes.parseInstant("--as-of", v)).orElseGet(clock::instant);
        Scope scope = o.get("district").map(Scope::district)
                .or(() -> o.get("office").map(Scope::office))
                .orElse(Scope.state());
        switch (inv.report()) {
            case "pendency" -> {
                PendencyLevel level = pendencyLevel(o);
                csv.row(CsvReports.pendencyHeader(level));
                PendencyQueries pendency = new PendencyQueries(warehouse);
                if (level == PendencyLevel.DESK) {
                    pendency.desks(asOf, scope).forEach(d -> csv.row(CsvReports.pendency(d.pendency(), d.flow())));
                } else {
                    pendency.asOf(asOf, level, scope).forEach(r -> csv.row(CsvReports.pendency(r)));
                }
            }
            case "stuck" -> {
                StuckFilter filter = StuckFilter.in(scope);
                filter = o.get("desk").map(filter::desk).orElse(filter);
                if (o.get("priority").isPresent()) {
                    filter = filter.priority(enumOption("--priority", o.require("priority"), Priority.class));
                }
                if (o.get("kind").isPresent()) {
                    filter = filter.kind(enumOption("--kind", o.require("kind"), ItemKind.class));
                }
                long[] days = dwellDays(o);
                filter = filter.dwellDays(days[0], days[1] < 0 ? null : days[1]);
                csv.row(CsvReports.STUCK_HEADER);
                new StuckQueries(warehouse).asOf(asOf, o.flag("calendar-days"), filter)
                        .forEach(i -> csv.row(CsvReports.stuck(i)));
            }
            case "rollout" -> {
                RolloutQueries rollout = new RolloutQueries(warehouse);
                switch (rolloutBy(o)) {
                    case "office" -> {
                        csv.row(CsvReports.ROLLOUT_BY_OFFICE_HEADER);
                        rollout.byOffice(asOf, scope).forEach(r -> csv.row(CsvReports.rolloutByOffice(r)));
                    }
                    case "week" -> {
                        LocalDate[] period = period(o);
                        csv.row(CsvReports.ROLLOUT_BY_WEEK_HEADER);
                        rollout.activeDesksByWeek(period[0], period[1], scope)
                                .forEach(r -> csv.row(CsvReports.rolloutByWeek(r)));
                    }
                    default -> {
                        csv.row(CsvReports.ROLLOUT_HEADER);
                        rollout.byCategory(asOf).forEach(r -> csv.row(CsvReports.rollout(r)));
                    }
                }
            }
            case "dead-letters" -> {
                DeadLetterQueries queries = new DeadLetterQueries(warehouse);
                if (o.get("samples").isPresent()) {
                    csv.row(CsvReports.DEAD_LETTER_SAMPLES_HEADER);
                    queries.samples(samples(o.require("samples"))).forEach(s -> csv.row(CsvReports.deadLetterSample(s)));
                } else {
                    csv.row(CsvReports.DEAD_LETTERS_HEADER);
                    queries.countsByReason().forEach(c -> csv.row(CsvReports.deadLetters(c)));
                }
            }
            case "kpis" -> {
                KpiLevel level = kpiLevel(o);
                csv.row(CsvReports.kpisHeader(level));
                new KpiQueries(warehouse).figures(ReportTimes.parseDate("--from", o.require("from")),
                                ReportTimes.parseDate("--to", o.require("to")), level, scope)
                        .forEach(r -> csv.row(CsvReports.kpis(r)));
            }
            case "daily" -> {
                RollupLevel level = rollupLevel(o);
                LocalDate[] period = period(o);
                csv.row(CsvReports.dailyHeader(level));
                new RollupQueries(warehouse).daily(period[0], period[1], level, scope)
                        .forEach(r -> csv.row(CsvReports.daily(r)));
            }
            default -> throw new UsageException("Unknown report '" + inv.report() + "'");
        }
        csv.flush();
    }

    private static PendencyLevel pendencyLevel(Options o) {
        try {
            return PendencyLevel.parse(o.require("by"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--by: " + e.getMessage());
        }
    }

    private static KpiLevel kpiLevel(Options o) {
        try {
            return KpiLevel.parse(o.require("by"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--by: " + e.getMessage());
        }
    }

    private static RollupLevel rollupLevel(Options o) {
        try {
            return RollupLevel.parse(o.require("by"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--by: " + e.getMessage());
        }
    }

    /** rollout's --by: category (the default), office or week. */
    private static String rolloutBy(Options o) {
        String by = o.get("by").orElse("category").strip().toLowerCase(Locale.ROOT);
        if (!Set.of("category", "office", "week").contains(by)) {
            throw new UsageException("--by: Unknown level '" + o.require("by") + "' (category, office or week)");
        }
        return by;
    }

    /** --from and --to, both required, the second not before the first. */
    private static LocalDate[] period(Options o) {
        LocalDate from = ReportTimes.parseDate("--from", o.require("from"));
        LocalDate to = ReportTimes.parseDate("--to", o.require("to"));
        if (to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        return new LocalDate[] {from, to};
    }


    /** {@code --min-days} (default 0) and {@code --max-days} (-1: none), checked. */
    private static long[] dwellDays(Options o) {
        long min = o.get("min-days").map(v -> days("--min-days", v)).orElse(0L);
        long max = o.get("max-days").map(v -> days("--max-days", v)).orElse(-1L);
        if (max >= 0 && max < min) {
            throw new UsageException("--max-days " + max + " is below --min-days " + min);
        }
        return new long[] {min, max};
    }

    private static long days(String option, String text) {
        try {
            long n = Long.parseLong(text.strip());
            if (n < 0 || n > 100_000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " '" + text + "' is not a whole number of days (0 or more)");
        }
    }

    private static int samples(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--samples '" + text + "' is not a positive whole number");
        }
    }

    private static <E extends Enum<E>> E enumOption(String option, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " '" + text + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        return Arrays.stream(sets).flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
