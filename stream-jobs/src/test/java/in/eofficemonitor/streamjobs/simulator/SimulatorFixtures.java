package in.eofficemonitor.streamjobs.simulator;

import in.eofficemonitor.streamjobs.contract.EventLineParser;
import in.eofficemonitor.streamjobs.contract.ParseResult;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small simulations for tests: seconds, not minutes. */
final class SimulatorFixtures {

    static final Scenario UP = UpScenario.build();

    /** A Monday to Saturday in November 2026: second Saturday 14-11, Guru Nanak Jayanti not inside. */
    static final LocalDate WEEK_START = LocalDate.of(2026, 11, 9);

    private SimulatorFixtures() {}

    /** Two weeks at 2 % of the calibrated volume, no quotas: a few thousand events in a few hundred ms. */
    static SimulationOptions smallRun(long seed) {
        return new SimulationOptions(seed, WEEK_START, WEEK_START.plusDays(13), null, 0.02,
                SimulationOptions.DEFAULT_AFTER_HOURS_SHARE);
    }

    static List<MovementEvent> events(SimulationOptions options) {
        WorldSimulator sim = new WorldSimulator(UP, options);
        List<MovementEvent> out = new ArrayList<>();
        MovementEvent e;
        while ((e = sim.next()) != null) {
            out.add(e);
        }
        return out;
    }

    static List<String> lines(SimulationOptions options, NoiseOptions noise) {
        EventLines lines = new EventLines(new WorldSimulator(UP, options), noise, options.seed());
        List<String> out = new ArrayList<>();
        String l;
        while ((l = lines.nextLine()) != null) {
            out.add(l);
        }
        return out;
    }

    static MovementEvent parse(String line) {
        ParseResult r = EventLineParser.parse(line);
        if (r instanceof ParseResult.Accepted a) {
            return a.event();
        }
        throw new AssertionError("rejected: " + r + "\n" + line);
    }
}
