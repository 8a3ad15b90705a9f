package in.eofficemonitor.warehouse.ranking;

import java.util.OptionalDouble;

/**
 * A district or office in a {@link Ranking}, with the parts of its score so that anyone can check it.
 *
 * @param rank 1 for the best score; ties are broken by name
 * @param offices registered offices counted (1 for an office)
 * @param stageValue the mean rollout-stage value of those offices, 0..1 ({@link Ranking#stageValue})
 * @param disposalRate closed ÷ opened in the period (empty when nothing was opened)
 * @param pending files and receipts at a desk now
 * @param stuck of them, stuck now
 * @param stagePoints, disposalPoints, stuckPoints the three parts of {@code score}
 * @param score 0..100, the sum of the parts
 */
public record RankedUnit(int rank, String id, String name, String nameHi, int offices, double stageValue,
        long opened, long closed, OptionalDouble disposalRate, long pending, long stuck, double stagePoints,
        double disposalPoints, double stuckPoints, double score) {

    /** Stuck ÷ pending now; 0 when nothing is pending. */
    public double stuckShare() {
        return pending == 0 ? 0 : (double) stuck / pending;
    }
}
