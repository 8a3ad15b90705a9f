package in.eofficemonitor.streamjobs.simulator;

import java.time.LocalDate;

/**
 * What to simulate. Days are Asia/Kolkata days.
 *
 * @param seed every random choice follows from it: same seed and options, same events byte for byte
 * @param from the first day simulated (00:00 IST); no file exists before it
 * @param until the last day emitted (inclusive), or {@code null} for an unbounded stream
 * @param quotaUntil the last day of the window over which the scenario's file quotas (HOD 21,229, police 8,181)
 *     are spread exactly; {@code null} means no quotas (every office at its steady rate)
 * @param volume multiplies every steady arrival rate (1.0 = the calibrated volume; quotas are not scaled)
 * @param afterHoursShare share of actions done after closing time on a working day (e.g. 0.02)
 */
public record SimulationOptions(
        long seed, LocalDate from, LocalDate until, LocalDate quotaUntil, double volume, double afterHoursShare) {

    public static final double DEFAULT_AFTER_HOURS_SHARE = 0.02;

    public SimulationOptions {
        if (from == null) {
            throw new IllegalArgumentException("from is required");
        }
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
        if (quotaUntil != null && quotaUntil.isBefore(from)) {
            throw new IllegalArgumentException("quotaUntil " + quotaUntil + " is before from " + from);
        }
        if (volume < 0 || afterHoursShare < 0 || afterHoursShare > 1) {
            throw new IllegalArgumentException("volume must be >= 0 and afterHoursShare in [0, 1]");
        }
    }

    /** A history of {@code days} days ending on {@code until}, with the scenario's quotas over exactly that window. */
    public static SimulationOptions history(long seed, int days, LocalDate until) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, got " + days);
        }
        LocalDate from = until.minusDays(days - 1L);
        return new SimulationOptions(seed, from, until, until, 1.0, DEFAULT_AFTER_HOURS_SHARE);
    }

    public SimulationOptions withVolume(double v) {
        return new SimulationOptions(seed, from, until, quotaUntil, v, afterHoursShare);
    }

    public SimulationOptions withAfterHoursShare(double share) {
        return new SimulationOptions(seed, from, until, quotaUntil, volume, share);
    }

    public SimulationOptions withUntil(LocalDate last) {
        return new SimulationOptions(seed, from, last, quotaUntil, volume, afterHoursShare);
    }
}
