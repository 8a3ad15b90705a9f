package in.eofficemonitor.warehouse.kpis;

import java.util.OptionalDouble;

/**
 * The key figures of one office, district or category for a period (DESIGN §3).
 *
 * @param created files and receipts created in the period
 * @param forwarded FORWARDED and RETURNED events in the period
 * @param closed files and receipts closed in the period
 * @param opened CREATED and REOPENED in the period (the denominator of the disposal rate)
 * @param filesCreated e-files created in the period
 * @param receiptsCreated e-receipts created in the period
 * @param closedFiles files (kind FILE) closed in the period, counted for levels
 * @param levelsSum the sum over those closures of the distinct desks the file had been at
 * @param overFourLevels those closures with more than 4 levels
 * @param idleDesks registered desks with no action in the 30 days up to the end of the period
 */
public record KpiRow(KpiLevel level, String id, boolean registered, String name, String nameHi, long created,
        long forwarded, long closed, long opened, long filesCreated, long receiptsCreated, long closedFiles,
        long levelsSum, long overFourLevels, long idleDesks) {

    /** Closed in the period ÷ opened in the period; empty when nothing was opened. */
    public OptionalDouble disposalRate() {
        return KeyRatios.disposalRate(closed, opened);
    }

    /** Mean levels (distinct desks before closing) per file closed in the period; empty when none closed. */
    public OptionalDouble meanLevels() {
        return KeyRatios.meanLevels(levelsSum, closedFiles);
    }

    /** Share of the files closed in the period that passed more than 4 levels (DARPG's figure). */
    public OptionalDouble shareOverFourLevels() {
        return KeyRatios.shareOverFourLevels(overFourLevels, closedFiles);
    }
}
