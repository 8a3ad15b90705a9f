package in.eofficemonitor.warehouse.rollout;

import static in.eofficemonitor.warehouse.fixtures.UpFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.eofficemonitor.warehouse.fixtures.UpFixtures;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RolloutQueriesIT {

    private final RolloutQueries rollout = new RolloutQueries(UpFixtures.warehouse());

    @Test
    void everyCategoryWithItsStagesActiveOfficesAndFilesCreated() {
        assertThat(rollout.byCategory(NOW))
                .extracting(RolloutRow::category, RolloutRow::offices, RolloutRow::live, RolloutRow::inProgress,
                        RolloutRow::trained, RolloutRow::notLive, RolloutRow::active, RolloutRow::filesCreated)
                .containsExactly(
                        // H plus the opening balance of 86,53,999: the Secretariat's 86.54 lakh.
                        tuple(Optional.of(OfficeCategory.SECRETARIAT_DEPARTMENT), 1L, 1L, 0L, 0L, 0L, 1L, 8_654_000L),
                        tuple(Optional.of(OfficeCategory.HOD_OFFICE), 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                        // The PAC's opening balance is dated after NOW.
                        tuple(Optional.of(OfficeCategory.POLICE_UNIT), 1L, 0L, 0L, 1L, 1L, 0L, 0L),
                        tuple(Optional.of(OfficeCategory.DIVISION_OFFICE), 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                        // Lucknow is IN_PROGRESS but created K on 16-11: active. Receipt B is no e-file.
                        tuple(Optional.of(OfficeCategory.DISTRICT_OFFICE), 2L, 1L, 1L, 0L, 0L, 2L, 6L),
                        tuple(Optional.empty(), 0L, 0L, 0L, 0L, 0L, 0L, 1L));
    }

    @Test
    void filesCreatedAndActivityAreAsOfTheTimeAsked() {
        RolloutRow districts = rollout.byCategory(ist("2026-11-11T00:00")).get(4);

        // By 11-11: E (01-11), A (10-11), F (May), D (October); Lucknow's last e-file (D) is 31 days old.
        assertThat(districts).extracting(RolloutRow::filesCreated, RolloutRow::active).containsExactly(4L, 1L);
    }

    @Test
    void anOpeningBalanceCountsFromItsDate() {
        assertThat(rollout.byCategory(ist("2026-12-01T00:00")).get(2).filesCreated()).isEqualTo(10);
        assertThat(rollout.byCategory(ist("2025-12-31T23:59")).getFirst().filesCreated()).isZero();
    }
}
