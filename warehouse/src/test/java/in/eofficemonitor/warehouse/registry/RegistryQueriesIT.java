package in.eofficemonitor.warehouse.registry;

import static in.eofficemonitor.warehouse.fixtures.UpFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.fixtures.UpFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistryQueriesIT {

    private final RegistryQueries registry = new RegistryQueries(UpFixtures.warehouse());

    @Test
    void officesWithTheirNamesAndStages() {
        assertThat(registry.office(LKO_COLL)).contains(new Office(LKO_COLL, "Collectorate Lucknow", "कलेक्ट्रेट लखनऊ",
                OfficeCategory.DISTRICT_OFFICE, LUCKNOW, "", "", RolloutStage.IN_PROGRESS, LocalDate.of(2025, 4, 1)));
        assertThat(registry.offices(Scope.district(LUCKNOW))).extracting(Office::officeId)
                .containsExactly(LKO_COLL, "PAC-01");
        assertThat(registry.office(GZB_TEHSIL)).isEmpty();
    }

    @Test
    void desksOfAScopeAndTheDistricts() {
        assertThat(registry.desks(Scope.district(KANPUR))).extracting(Desk::deskId).containsExactly(KNP_AG3, KNP_OS);
        assertThat(registry.desks(Scope.office(SEC_REV))).extracting(Desk::designationHi).containsExactly("अनु सचिव");
        assertThat(registry.districts()).containsExactly(KANPUR, LUCKNOW);
    }

    @Test
    void oneDeskByIdWithItsOffice() {
        assertThat(registry.desk(KNP_OS)).map(Desk::officeId).contains(KNP_COLL);
        assertThat(registry.desk(KNP_UNREGISTERED_DESK)).isEmpty();
    }
}
