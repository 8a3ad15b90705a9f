package in.eofficemonitor.warehouse.ranking;

import in.eofficemonitor.warehouse.kpis.KpiRow;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import in.eofficemonitor.warehouse.stuck.StuckShare;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Ranks districts and offices by one score out of 100. Officials already rank districts on their e-Office use; this
 * formula is the product's own choice, simple enough to print beside the table (the overview does):
 *
 * <pre>
 *   score = 40 × rollout stage  +  30 × min(1, closed ÷ opened)  +  30 × (1 − stuck ÷ pending)
 * </pre>
 *
 * <ul>
 *   <li>rollout stage: LIVE 1, IN_PROGRESS 0.5, TRAINED 0.25, EMAIL_IDS_CREATED 0.1, NOT_STARTED 0; for a district
 *       the mean over its registered offices;
 *   <li>closed ÷ opened: the disposal rate of DESIGN §3 over the period of the key figures, capped at 1; when nothing
 *       was opened it counts 1 if anything was closed, else 0 (no activity earns nothing);
 *   <li>stuck ÷ pending: the share of what lies at the desks now that is stuck; 0 when nothing is pending.
 * </ul>
 *
 * The inputs are the answers of the warehouse's own queries — the registry, {@code kpis/by_level} by office and
 * {@code stuck/share_by_office} (pendency and stuck items by office, in one pass) — so the parts of a score are the
 * numbers the other views and reports show. Only registered offices are ranked; offices without a district
 * (state-level) count for no district.
 */
public final class Ranking {

    public static final double STAGE_POINTS = 40;
    public static final double DISPOSAL_POINTS = 30;
    public static final double STUCK_POINTS = 30;

    /** The answers a ranking is made of, each by office. */
    public record Inputs(Collection<Office> offices, Collection<KpiRow> kpisByOffice,
            Collection<StuckShare> stuckShareByOffice) {}

    private Ranking() {}

    /** How far an office has come, 0..1. */
    public static double stageValue(RolloutStage stage) {
        return switch (stage) {
            case LIVE -> 1.0;
            case IN_PROGRESS -> 0.5;
            case TRAINED -> 0.25;
            case EMAIL_IDS_CREATED -> 0.1;
            case NOT_STARTED -> 0.0;
        };
    }

    /** Every registered office of the inputs, best score first. */
    public static List<RankedUnit> offices(Inputs in) {
        Map<String, Sums> byOffice = new LinkedHashMap<>();
        for (Office o : in.offices()) {
            byOffice.put(o.officeId(), new Sums(o.officeId(), o.name(), o.nameHi()).add(o));
        }
        addActivity(in, byOffice, officeId -> byOffice.get(officeId));
        return ranked(byOffice.values());
    }

    /** Every district with registered offices in the inputs, best score first. */
    public static List<RankedUnit> districts(Inputs in) {
        Map<String, Sums> byDistrict = new LinkedHashMap<>();
        Map<String, String> districtOf = new LinkedHashMap<>();
        for (Office o : in.offices()) {
            if (o.district() == null || o.district().isBlank()) {
                continue;
            }
            districtOf.put(o.officeId(), o.district());
            byDistrict.computeIfAbsent(o.district(), d -> new Sums(d, d, d)).add(o);
        }
        addActivity(in, byDistrict, officeId -> {
            String d = districtOf.get(officeId);
            return d == null ? null : byDistrict.get(d);
        });
        return ranked(byDistrict.values());
    }

    private static void addActivity(Inputs in, Map<String, Sums> groups, java.util.function.Function<String, Sums> of) {
        for (KpiRow k : in.kpisByOffice()) {
            Sums s = of.apply(k.id());
            if (s != null) {
                s.opened += k.opened();
                s.closed += k.closed();
            }
        }
        for (StuckShare c : in.stuckShareByOffice()) {
            Sums s = of.apply(c.officeId());
            if (s != null) {
                s.pending += c.pending();
                s.stuck += c.stuck();
            }
        }
    }

    private static List<RankedUnit> ranked(Collection<Sums> groups) {
        List<RankedUnit> unranked = groups.stream().map(Sums::unit).sorted(Comparator
                .comparingDouble(RankedUnit::score).reversed().thenComparing(RankedUnit::name)).toList();
        List<RankedUnit> out = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            RankedUnit u = unranked.get(i);
            out.add(new RankedUnit(i + 1, u.id(), u.name(), u.nameHi(), u.offices(), u.stageValue(), u.opened(),
                    u.closed(), u.disposalRate(), u.pending(), u.stuck(), u.stagePoints(), u.disposalPoints(),
                    u.stuckPoints(), u.score()));
        }
        return out;
    }

    /** Disposal as it enters the score: the rate capped at 1; 1 or 0 when nothing was opened. */
    static double disposalValue(long opened, long closed) {
        if (opened == 0) {
            return closed > 0 ? 1 : 0;
        }
        return Math.min(1.0, (double) closed / opened);
    }

    private static final class Sums {
        final String id;
        final String name;
        final String nameHi;
        int offices;
        double stageSum;
        long opened;
        long closed;
        long pending;
        long stuck;

        Sums(String id, String name, String nameHi) {
            this.id = id;
            this.name = name;
            this.nameHi = nameHi;
        }

        Sums add(Office o) {
            offices++;
            stageSum += stageValue(o.rolloutStage());
            return this;
        }

        RankedUnit unit() {
            double stage = offices == 0 ? 0 : stageSum / offices;
            double stuckShare = pending == 0 ? 0 : Math.min(1.0, (double) stuck / pending);
            double stagePoints = STAGE_POINTS * stage;
            double disposalPoints = DISPOSAL_POINTS * disposalValue(opened, closed);
            double stuckPoints = STUCK_POINTS * (1 - stuckShare);
            OptionalDouble rate = opened == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) closed / opened);
            return new RankedUnit(0, id, name, nameHi, offices, stage, opened, closed, rate, pending, stuck, stagePoints,
                    disposalPoints, stuckPoints, stagePoints + disposalPoints + stuckPoints);
        }
    }
}
