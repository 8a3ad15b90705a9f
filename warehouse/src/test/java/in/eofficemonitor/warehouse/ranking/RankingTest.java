package in.eofficemonitor.warehouse.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.eofficemonitor.warehouse.kpis.KpiLevel;
import in.eofficemonitor.warehouse.kpis.KpiRow;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import in.eofficemonitor.warehouse.stuck.StuckShare;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static Office office(String id, String district, RolloutStage stage) {
        return new Office(id, "Office " + id, "कार्यालय " + id, OfficeCategory.DISTRICT_OFFICE, district, "", "", stage,
                LocalDate.of(2025, 4, 1));
    }

    private static KpiRow kpis(String office, long opened, long closed) {
        return new KpiRow(KpiLevel.OFFICE, office, true, "", "", opened, 0, closed, opened, opened, 0, 0, 0, 0, 0);
    }

    private static StuckShare atDesks(String office, long pending, long stuck) {
        return new StuckShare(office, true, pending, stuck);
    }

    private final Ranking.Inputs inputs = new Ranking.Inputs(
            List.of(office("A", "Kannauj", RolloutStage.LIVE), office("B", "Kannauj", RolloutStage.IN_PROGRESS),
                    office("C", "Lucknow", RolloutStage.NOT_STARTED), office("S", "", RolloutStage.LIVE)),
            List.of(kpis("A", 10, 5), kpis("B", 0, 3), kpis("S", 4, 8), kpis("UNREGISTERED", 100, 100)),
            List.of(atDesks("A", 20, 5), atDesks("B", 4, 4), atDesks("S", 10, 0)));

    @Test
    void anOfficesScoreIsTheFormulasSumOfItsThreeParts() {
        List<RankedUnit> offices = Ranking.offices(inputs);

        // S: live 40 + disposal capped at 1 → 30 + nothing stuck 30 = 100.
        // A: 40 + 30 × 0.5 + 30 × (1 − 5/20) = 40 + 15 + 22.5 = 77.5.
        // B: 20 + closed with nothing opened → 30 + all stuck → 0 = 50.
        // C: not started, no activity, nothing pending: 0 + 0 + 30 = 30.
        assertThat(offices).extracting(RankedUnit::id).containsExactly("S", "A", "B", "C");
        assertThat(offices).extracting(RankedUnit::rank).containsExactly(1, 2, 3, 4);
        assertThat(offices).extracting(RankedUnit::score).containsExactly(100.0, 77.5, 50.0, 30.0);
        RankedUnit a = offices.get(1);
        assertThat(a.stagePoints() + a.disposalPoints() + a.stuckPoints()).isEqualTo(a.score());
        assertThat(a.disposalRate()).hasValue(0.5);
        assertThat(a.stuckShare()).isEqualTo(0.25);
        assertThat(offices.get(2).disposalRate()).as("nothing opened: no rate").isEmpty();
        assertThat(offices.get(0).nameHi()).isEqualTo("कार्यालय S");
    }

    @Test
    void aDistrictSumsItsOfficesAndAveragesTheirStages() {
        List<RankedUnit> districts = Ranking.districts(inputs);

        // Kannauj: stage (1 + 0.5) / 2 → 30; disposal 8 / 10 → 24; stuck 9 / 24 → 30 × 0.625 = 18.75.
        // Lucknow: 0 + 0 + 30. The state-level office S belongs to no district.
        assertThat(districts).extracting(RankedUnit::id).containsExactly("Kannauj", "Lucknow");
        RankedUnit kannauj = districts.getFirst();
        assertThat(kannauj.offices()).isEqualTo(2);
        assertThat(kannauj.score()).isCloseTo(72.75, within(1e-9));
        assertThat(kannauj.pending()).isEqualTo(24);
        assertThat(kannauj.stuck()).isEqualTo(9);
        assertThat(districts.get(1).score()).isEqualTo(30.0);
    }

    @Test
    void tiesAreBrokenByName() {
        Ranking.Inputs twins = new Ranking.Inputs(List.of(office("Z", "Zeta", RolloutStage.LIVE),
                office("Y", "Alpha", RolloutStage.LIVE)), List.of(), List.of());
        assertThat(Ranking.districts(twins)).extracting(RankedUnit::id).containsExactly("Alpha", "Zeta");
    }
}
