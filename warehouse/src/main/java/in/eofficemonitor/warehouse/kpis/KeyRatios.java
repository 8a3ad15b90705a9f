package in.eofficemonitor.warehouse.kpis;

import java.util.OptionalDouble;

/** The ratios of the key figures (DESIGN §3), in one place for one office's row and for sums of rows. */
final class KeyRatios {

    private KeyRatios() {}

    /** Closed ÷ opened in the period; empty when nothing was opened. */
    static OptionalDouble disposalRate(long closed, long opened) {
        return ratio(closed, opened);
    }

    /** Mean levels (distinct desks before closing) per file closed in the period; empty when none closed. */
    static OptionalDouble meanLevels(long levelsSum, long closedFiles) {
        return ratio(levelsSum, closedFiles);
    }

    /** Share of the files closed in the period that passed more than 4 levels (DARPG's figure). */
    static OptionalDouble shareOverFourLevels(long overFourLevels, long closedFiles) {
        return ratio(overFourLevels, closedFiles);
    }

    private static OptionalDouble ratio(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}
