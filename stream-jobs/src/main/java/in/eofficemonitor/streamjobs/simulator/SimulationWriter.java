package in.eofficemonitor.streamjobs.simulator;

import in.eofficemonitor.streamjobs.contract.DeskCsv;
import in.eofficemonitor.streamjobs.contract.OfficeRegistryCsv;
import in.eofficemonitor.streamjobs.contract.OpeningBalanceCsv;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.OpeningBalance;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a simulated history as the input files: offices.csv, desks.csv, events.jsonl and opening-balances.csv
 * (the Secretariat's e-files before the history, so that its cumulative count is the article's 86.54 lakh as of
 * the last day).
 */
public final class SimulationWriter {

    public static final String OFFICES = "offices.csv";
    public static final String DESKS = "desks.csv";
    public static final String EVENTS = "events.jsonl";
    public static final String OPENING_BALANCES = "opening-balances.csv";

    /** What was written. */
    public record Summary(long lines, long validEvents, long duplicates, long lateEvents, Map<String, Long> badLines,
            long[] filesCreatedByOffice, List<OpeningBalance> openingBalances, double seconds) {}

    private SimulationWriter() {}

    /**
     * Writes the four files into {@code dir} (created if missing). {@code progress} may be null.
     *
     * @param maxEvents stop after this many lines (for benchmarks; Long.MAX_VALUE for the whole period)
     */
    static Summary write(Scenario scenario, SimulationOptions options, NoiseOptions noise, Path dir, ProgressBar progress,
            long maxEvents) throws IOException {
        Files.createDirectories(dir);
        long started = System.nanoTime();
        try (Writer w = Files.newBufferedWriter(dir.resolve(OFFICES), StandardCharsets.UTF_8)) {
            OfficeRegistryCsv.write(w, scenario.offices());
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(DESKS), StandardCharsets.UTF_8)) {
            DeskCsv.write(w, scenario.desks());
        }
        WorldSimulator sim = new WorldSimulator(scenario, options);
        EventLines lines = new EventLines(sim, noise, options.seed());
        long fromSecond = OfficeHours.at(options.from().toEpochDay(), 0);
        long toSecond = options.until() == null ? Long.MAX_VALUE : OfficeHours.at(options.until().toEpochDay() + 1, 0);
        long n = 0;
        try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(dir.resolve(EVENTS)), 1 << 20)) {
            while (n < maxEvents && lines.writeNextLine(w)) {
                n++;
                if (progress != null && (n & 0x3fff) == 0) {
                    double f = toSecond == Long.MAX_VALUE
                            ? (double) n / maxEvents
                            : (double) (lines.lastLineSecond() - fromSecond) / (toSecond - fromSecond);
                    progress.update(n, f);
                }
            }
        }
        if (progress != null) {
            progress.finish(n);
        }
        long[] created = sim.filesCreatedByOffice();
        List<OpeningBalance> balances = openingBalances(scenario, options, created);
        try (Writer w = Files.newBufferedWriter(dir.resolve(OPENING_BALANCES), StandardCharsets.UTF_8)) {
            OpeningBalanceCsv.write(w, balances);
        }
        Map<String, Long> bad = new java.util.TreeMap<>();
        lines.badLines().forEach((k, v) -> bad.put(k.name(), v));
        return new Summary(n, lines.validEvents(), lines.duplicates(), lines.lateEvents(), bad, created, balances,
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * The opening balances that bring each category with a cumulative target to it as of the last day: the target
     * is shared among the category's live offices by size (largest remainder, so the shares add up exactly), and
     * each office's balance is its share less the files its history created.
     */
    static List<OpeningBalance> openingBalances(Scenario scenario, SimulationOptions options, long[] created) {
        List<OpeningBalance> out = new ArrayList<>();
        for (Map.Entry<OfficeCategory, Long> target : scenario.cumulativeFileTargets().entrySet()) {
            List<OfficeModel> live = scenario.models().stream()
                    .filter(m -> m.live() && m.office().category() == target.getKey()).toList();
            long totalWeight = live.stream().mapToLong(OfficeModel::dealingDesks).sum();
            long[] share = new long[live.size()];
            double[] remainder = new double[live.size()];
            long assigned = 0;
            for (int i = 0; i < live.size(); i++) {
                double exact = (double) target.getValue() * live.get(i).dealingDesks() / totalWeight;
                share[i] = (long) Math.floor(exact);
                remainder[i] = exact - share[i];
                assigned += share[i];
            }
            for (long left = target.getValue() - assigned; left > 0; left--) {
                int best = 0;
                for (int i = 1; i < live.size(); i++) {
                    if (remainder[i] > remainder[best]) {
                        best = i;
                    }
                }
                share[best]++;
                remainder[best] = -1;
            }
            for (int i = 0; i < live.size(); i++) {
                OfficeModel m = live.get(i);
                long balance = Math.max(0, share[i] - created[m.index()]);
                out.add(new OpeningBalance(m.office().officeId(), options.from(), balance));
            }
        }
        return out;
    }
}
