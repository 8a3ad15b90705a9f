package in.eofficemonitor.streamjobs.simulator;

import in.eofficemonitor.warehouse.cli.CommandMain;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.OpeningBalance;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code ./eoffice-monitor simulate --scenario up --days N --seed S --out DIR}: writes offices.csv, desks.csv,
 * events.jsonl and opening-balances.csv for a history of N days ending on the scenario's reference date
 * (or {@code --until}). See docs/simulator.md.
 */
public final class SimulateCommand {

    static final String USAGE = """
            Usage: ./eoffice-monitor simulate --out DIR [options]
              --scenario up            the simulated state (only "up": Uttar Pradesh)
              --days N                 days of history, ending on --until (default 30)
              --seed S                 random seed; same seed and options give the same files byte for byte (default 7)
              --until yyyy-MM-dd       last day of the history (default %s, the scenario's reference date)
              --volume F               multiplies the steady arrival rates (default 1.0; the article's file counts
                                       are reproduced whatever the volume)
              --after-hours-share F    share of actions after closing time (default 0.02)
              --bad-share F            share of events followed by a bad line (default 0)
              --duplicate-share F      share of events sent twice (default 0)
              --late-share F           share of events sent late, by up to --max-late-minutes (default 0)
              --max-late-minutes M     (default 5)
              --no-progress            no progress bar on stderr
              --calendar-days          accepted for symmetry with other commands; the simulator always follows
                                       office calendars
              --warehouse URL          accepted for symmetry; simulate writes files and touches no warehouse
            """.formatted(UpScenario.REFERENCE_DATE);

    private SimulateCommand() {}

    public static void main(String[] args) {
        CommandMain.main("simulate", args, a -> run(a, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        String scenarioName = UpScenario.NAME;
        int days = 30;
        long seed = 7;
        LocalDate until = UpScenario.REFERENCE_DATE;
        double volume = 1.0;
        double afterHours = SimulationOptions.DEFAULT_AFTER_HOURS_SHARE;
        double bad = 0;
        double dup = 0;
        double late = 0;
        long maxLate = 5;
        boolean progress = true;
        Path outDir = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--scenario" -> scenarioName = value(args, ++i, a);
                    case "--days" -> days = Integer.parseInt(value(args, ++i, a));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                    case "--until" -> until = LocalDate.parse(value(args, ++i, a));
                    case "--volume" -> volume = Double.parseDouble(value(args, ++i, a));
                    case "--after-hours-share" -> afterHours = Double.parseDouble(value(args, ++i, a));
                    case "--bad-share" -> bad = Double.parseDouble(value(args, ++i, a));
                    case "--duplicate-share" -> dup = Double.parseDouble(value(args, ++i, a));
                    case "--late-share" -> late = Double.parseDouble(value(args, ++i, a));
                    case "--max-late-minutes" -> maxLate = Long.parseLong(value(args, ++i, a));
                    case "--out" -> outDir = Path.of(value(args, ++i, a));
                    case "--no-progress" -> progress = false;
                    case "--calendar-days" -> { }
                    case "--warehouse" -> value(args, ++i, a); // every command takes it; simulate writes files only
                    case "-h", "--help" -> {
                        out.print(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (!scenarioName.equals(UpScenario.NAME)) {
                throw new IllegalArgumentException("unknown scenario '" + scenarioName + "'; available: up");
            }
            if (outDir == null) {
                throw new IllegalArgumentException("--out DIR is required");
            }
            SimulationOptions options = SimulationOptions.history(seed, days, until).withVolume(volume)
                    .withAfterHoursShare(afterHours);
            NoiseOptions noise = new NoiseOptions(bad, dup, late, Duration.ofMinutes(maxLate));
            Scenario scenario = UpScenario.build();
            err.printf("Simulating scenario %s, %d days %s to %s, seed %d, into %s%n", scenarioName, days,
                    options.from(), until, seed, outDir);
            SimulationWriter.Summary s = SimulationWriter.write(scenario, options, noise, outDir,
                    progress ? new ProgressBar(err, System.console() != null) : null, Long.MAX_VALUE);
            printSummary(out, scenario, options, s);
            return 0;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("eoffice-monitor simulate: " + CommandMain.describe(e));
            err.println(CommandMain.hint("simulate"));
            return 2;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    static void printSummary(PrintStream out, Scenario scenario, SimulationOptions options, SimulationWriter.Summary s) {
        Map<OfficeCategory, Long> files = new EnumMap<>(OfficeCategory.class);
        long[] created = s.filesCreatedByOffice();
        for (OfficeModel m : scenario.models()) {
            files.merge(m.office().category(), created[m.index()], Long::sum);
        }
        Map<OfficeCategory, Long> opening = new EnumMap<>(OfficeCategory.class);
        for (OpeningBalance b : s.openingBalances()) {
            opening.merge(scenario.model(b.officeId()).office().category(), b.filesCreated(), Long::sum);
        }
        out.printf("lines written: %s (valid events %s, duplicates %s, late %s, bad lines %s %s)%n",
                ProgressBar.indian(s.lines()), ProgressBar.indian(s.validEvents()), ProgressBar.indian(s.duplicates()),
                ProgressBar.indian(s.lateEvents()), ProgressBar.indian(s.badLines().values().stream().mapToLong(Long::longValue).sum()),
                s.badLines());
        out.printf("e-files created %s to %s, and cumulative as of %s (with opening balances):%n", options.from(),
                options.until(), options.until());
        for (OfficeCategory c : OfficeCategory.values()) {
            long f = files.getOrDefault(c, 0L);
            long o = opening.getOrDefault(c, 0L);
            out.printf("  %-24s %12s  cumulative %12s%n", c, ProgressBar.indian(f), ProgressBar.indian(f + o));
        }
        out.printf("took %.1f s (%s events/s)%n", s.seconds(), ProgressBar.indian((long) (s.lines() / Math.max(1e-9, s.seconds()))));
    }
}
