package in.eofficemonitor.warehouse.kpis;

import java.time.LocalDate;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * The key figures of DESIGN §3 summed over several rows of {@link KpiQueries#figures} — a district's offices, the
 * state's categories — with the ratios taken of the sums (not averaged over the rows).
 */
public record KpiTotals(LocalDate from, LocalDate to, long created, long forwarded, long closed, long opened,
        long filesCreated, long receiptsCreated, long closedFiles, long levelsSum, long overFourLevels,
        long idleDesks) {

    public static KpiTotals of(LocalDate from, LocalDate to, Collection<KpiRow> rows) {
        long created = 0, forwarded = 0, closed = 0, opened = 0, files = 0, receipts = 0, closedFiles = 0, levels = 0,
                over4 = 0, idle = 0;
        for (KpiRow r : rows) {
            created += r.created();
            forwarded += r.forwarded();
            closed += r.closed();
            opened += r.opened();
            files += r.filesCreated();
            receipts += r.receiptsCreated();
            closedFiles += r.closedFiles();
            levels += r.levelsSum();
            over4 += r.overFourLevels();
            idle += r.idleDesks();
        }
        return new KpiTotals(from, to, created, forwarded, closed, opened, files, receipts, closedFiles, levels, over4,
                idle);
    }

    /** Closed ÷ opened in the period; empty when nothing was opened. */
    public OptionalDouble disposalRate() {
        return KeyRatios.disposalRate(closed, opened);
    }

    /** Mean levels per file closed in the period; empty when none closed. */
    public OptionalDouble meanLevels() {
        return KeyRatios.meanLevels(levelsSum, closedFiles);
    }

    /** Share of the files closed in the period that passed more than 4 levels. */
    public OptionalDouble shareOverFourLevels() {
        return KeyRatios.shareOverFourLevels(overFourLevels, closedFiles);
    }
}
