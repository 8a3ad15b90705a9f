package in.eofficemonitor.streamjobs.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import in.eofficemonitor.warehouse.calendar.OfficeCalendar;
import in.eofficemonitor.warehouse.calendar.WorkingHours;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.OpeningBalance;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongSupplier;

/**
 * An unbounded stream of event lines (JSON Lines of the input contract) from the scenario "up", released at a
 * configurable speed-up of simulated time: the generator a Flink {@code Source} wraps for the live demo.
 *
 * <h2>What it emits</h2>
 *
 * <ol>
 *   <li>At once: a history of {@code historyDays} days before the day of {@code start} (reaching back further when
 *       those days hold no working day, see {@link #historyFrom}), ending yesterday with the
 *       article's cumulative counts (HOD 21,229 and police 8,181 e-files exactly), plus the events of the start day
 *       before {@code start}.
 *   <li>Then, for ever, the events after {@code start}, each released when the wall clock reaches
 *       {@code wallStart + (ts - start) / speedUp} (speed-up 60: one simulated hour per wall minute).
 * </ol>
 *
 * Lines are the same for the same {@link Config} whatever the wall clock: only the release times depend on it.
 * With {@link Config#noise()} the stream also carries bad lines, duplicates and late lines ({@link NoiseOptions}).
 * The registry is {@code UpScenario.build().offices()} / {@code .desks()}; the Secretariat's opening balances for
 * the history come from {@link #openingBalances(Config)}.
 *
 * <h2>Use from a Flink source</h2>
 *
 * <pre>{@code
 * LiveEventStream stream = new LiveEventStream(LiveEventStream.Config.demo(Instant.now()));
 * stream.skipTo(restoredPosition);          // after a restore: regenerate and drop what was already emitted
 * // in pollNext:
 * String line = stream.poll();              // the next line if it is due, else null (never blocks)
 * if (line == null) { wait stream.millisUntilNext() ms, e.g. via the reader's availability future }
 * long position = stream.position();        // lines emitted so far: the split's checkpoint state
 * }</pre>
 *
 * Not thread-safe: one instance per source reader (split). Cheap to construct (the registry takes a few ms).
 */
public final class LiveEventStream implements Iterator<String> {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    /**
     * @param seed random seed of the simulation
     * @param start the simulated instant that corresponds to the stream's start on the wall clock
     * @param historyDays days of history before start's day (0: the world starts empty on start's day)
     * @param speedUp simulated seconds per wall second (1 = real time; 60 = an hour a minute)
     * @param volume multiplies the steady arrival rates (1.0 = calibrated; the Secretariat dominates)
     * @param noise bad lines, duplicates, late events
     */
    public record Config(long seed, Instant start, int historyDays, double speedUp, double volume, NoiseOptions noise) {
        public Config {
            if (speedUp <= 0) {
                throw new IllegalArgumentException("speedUp must be positive");
            }
            if (historyDays < 0) {
                throw new IllegalArgumentException("historyDays must not be negative");
            }
        }

        /** The demo's defaults: seed 7, 30 days of history, speed-up 60, volume 0.1, {@link NoiseOptions#demo()}. */
        public static Config demo(Instant start) {
            return new Config(7, start, 30, 60, 0.1, NoiseOptions.demo());
        }
    }

    private final Config config;
    private final LongSupplier wallMillis;
    private final EventLines lines;
    private final long startSecond;
    private long wallStart;
    private String pending;
    private long pendingTs;
    private long position;

    /** A stream paced by the system clock. */
    public LiveEventStream(Config config) {
        this(config, System::currentTimeMillis);
    }

    /** A stream paced by the given clock (milliseconds), e.g. a test's manual clock. */
    public LiveEventStream(Config config, LongSupplier wallMillis) {
        this.config = config;
        this.wallMillis = wallMillis;
        LocalDate startDay = LocalDate.ofInstant(config.start(), IST);
        SimulationOptions options = new SimulationOptions(config.seed(), historyFrom(config), null,
                config.historyDays() > 0 ? startDay.minusDays(1) : null, config.volume(),
                SimulationOptions.DEFAULT_AFTER_HOURS_SHARE);
        this.lines = new EventLines(new WorldSimulator(UpScenario.build(), options), config.noise(), config.seed());
        this.startSecond = config.start().getEpochSecond();
        this.wallStart = wallMillis.getAsLong();
    }

    public Config config() {
        return config;
    }

    /** Lines emitted so far (poll/next), the position to checkpoint. */
    public long position() {
        return position;
    }

    /**
     * Regenerates and drops lines until {@code position} lines have been emitted in total, without pacing, and
     * re-anchors the pacing so that the next line is due now. For restoring a checkpointed position.
     */
    public void skipTo(long target) {
        while (position < target) {
            fill();
            pending = null;
            position++;
        }
        fill();
        long due = (long) (Math.max(0, pendingTs - startSecond) * 1000 / config.speedUp());
        wallStart = wallMillis.getAsLong() - due;
    }

    /** The next line if it is due on the wall clock, else {@code null}. Never blocks. */
    public String poll() {
        fill();
        if (dueAt() > wallMillis.getAsLong()) {
            return null;
        }
        String l = pending;
        pending = null;
        position++;
        return l;
    }

    /** Milliseconds until the next line is due (0 if it is due now). */
    public long millisUntilNext() {
        fill();
        return Math.max(0, dueAt() - wallMillis.getAsLong());
    }

    /** Simulated event time (epoch second) of the next line. */
    public Instant nextLineTime() {
        fill();
        return Instant.ofEpochSecond(pendingTs);
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    /** The next line, sleeping until it is due. */
    @Override
    public String next() {
        while (true) {
            String l = poll();
            if (l != null) {
                return l;
            }
            try {
                Thread.sleep(Math.min(1000, Math.max(1, millisUntilNext())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NoSuchElementException("interrupted while waiting for the next line");
            }
        }
    }

    /**
     * Where a live demo started at {@code wallNow} begins in simulated time: {@code wallNow} itself while some office
     * is open, else {@link #WARM_UP} after the next opening of any office on the office calendars (its working days,
     * holidays and hours). Started at night or on a holiday, the demo's first simulated minutes are then a working
     * morning rather than hours of closed offices: its counters move within seconds, not after the night has passed
     * at the speed-up (at 60, a night of 17 hours is 17 minutes of silence, a weekend most of an hour).
     */
    public static Instant liveStart(Instant wallNow) {
        return WorkingHours.nextOpening(wallNow)
                .map(open -> open.equals(wallNow) ? wallNow : open.plus(WARM_UP))
                .orElse(wallNow);
    }

    /** How long after the first office opens a demo started in closed hours begins: the morning's first files move. */
    public static final Duration WARM_UP = Duration.ofMinutes(30);

    /**
     * The opening balances that make the Secretariat's cumulative e-files 86.54 lakh as of the last history day
     * (the day before start), as the file mode writes them to opening-balances.csv. Runs the history once more
     * without writing (a few seconds at volume 1); empty when there is no history.
     */
    public static List<OpeningBalance> openingBalances(Config config) {
        if (config.historyDays() == 0) {
            return List.of();
        }
        LocalDate startDay = LocalDate.ofInstant(config.start(), IST);
        SimulationOptions history = new SimulationOptions(config.seed(), historyFrom(config),
                startDay.minusDays(1), startDay.minusDays(1), config.volume(), SimulationOptions.DEFAULT_AFTER_HOURS_SHARE);
        Scenario scenario = UpScenario.build();
        WorldSimulator sim = new WorldSimulator(scenario, history);
        while (sim.next() != null) {
            // only the counts are needed
        }
        return SimulationWriter.openingBalances(scenario, history, sim.filesCreatedByOffice());
    }

    /**
     * The first day of the history: {@code historyDays} before the start day, or earlier when those days hold no
     * working day of some office category (a one-day history on a Monday is a Sunday): the scenario's files must be
     * created on a working day, so the history reaches back to the latest working day of every category.
     */
    static LocalDate historyFrom(Config config) {
        LocalDate startDay = LocalDate.ofInstant(config.start(), IST);
        LocalDate from = startDay.minusDays(config.historyDays());
        if (config.historyDays() == 0) {
            return from;
        }
        for (OfficeCategory category : UpScenario.build().fileQuotas().keySet()) {
            OfficeCalendar calendar = OfficeCalendar.forCategory(category);
            LocalDate latestWorking = startDay.minusDays(1);
            while (!calendar.isWorkingDay(latestWorking)) {
                latestWorking = latestWorking.minusDays(1);
            }
            if (latestWorking.isBefore(from)) {
                from = latestWorking;
            }
        }
        return from;
    }

    private long dueAt() {
        long simulatedAhead = pendingTs - startSecond;
        return simulatedAhead <= 0 ? Long.MIN_VALUE : wallStart + (long) (simulatedAhead * 1000 / config.speedUp());
    }

    private void fill() {
        if (pending == null) {
            pending = lines.nextLine();
            if (pending == null) {
                throw new IllegalStateException("the unbounded simulation ended");
            }
            pendingTs = lines.lastLineSecond();
        }
    }

    /** For tests and logs: how far the simulation has run. */
    Duration simulatedAheadOfStart() {
        return Duration.ofSeconds(Math.max(0, pendingTs - startSecond));
    }
}
