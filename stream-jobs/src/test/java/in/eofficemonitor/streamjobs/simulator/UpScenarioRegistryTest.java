package in.eofficemonitor.streamjobs.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.warehouse.registry.Desk;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registry of the scenario "up" reproduces every number of the source articles (seeds/FACTS.md). */
class UpScenarioRegistryTest {

    private static final Scenario UP = UpScenario.build();

    private static List<Office> in(OfficeCategory c) {
        return UP.offices().stream().filter(o -> o.category() == c).toList();
    }

    private static long count(List<Office> offices, RolloutStage stage) {
        return offices.stream().filter(o -> o.rolloutStage() == stage).count();
    }

    @Test
    void ninetyThreeSecretariatDepartments() {
        assertThat(in(OfficeCategory.SECRETARIAT_DEPARTMENT)).hasSize(93);
    }

    @Test
    void allSecretariatDepartmentsAreLive() {
        assertThat(in(OfficeCategory.SECRETARIAT_DEPARTMENT)).allMatch(o -> o.rolloutStage() == RolloutStage.LIVE);
    }

    @Test
    void oneHundredFiftyHodOffices() {
        assertThat(in(OfficeCategory.HOD_OFFICE)).hasSize(150);
    }

    @Test
    void fortySixHodOfficesLive() {
        assertThat(count(in(OfficeCategory.HOD_OFFICE), RolloutStage.LIVE)).isEqualTo(46);
    }

    @Test
    void oneHundredFourHodOfficesNotLiveSpreadOverTheOtherStages() {
        List<Office> hod = in(OfficeCategory.HOD_OFFICE);
        assertThat(hod.size() - count(hod, RolloutStage.LIVE)).isEqualTo(104);
        for (RolloutStage s : List.of(RolloutStage.NOT_STARTED, RolloutStage.EMAIL_IDS_CREATED, RolloutStage.TRAINED,
                RolloutStage.IN_PROGRESS)) {
            assertThat(count(hod, s)).as(s.name()).isPositive();
        }
    }

    @Test
    void ninetyPoliceUnits() {
        assertThat(in(OfficeCategory.POLICE_UNIT)).hasSize(90);
    }

    @Test
    void thirtyFivePoliceUnitsLive() {
        assertThat(count(in(OfficeCategory.POLICE_UNIT), RolloutStage.LIVE)).isEqualTo(35);
    }

    @Test
    void eighteenPoliceUnitsInProgress() {
        assertThat(count(in(OfficeCategory.POLICE_UNIT), RolloutStage.IN_PROGRESS)).isEqualTo(18);
    }

    @Test
    void remainingThirtySevenPoliceUnitsAtEarlierStages() {
        List<Office> police = in(OfficeCategory.POLICE_UNIT);
        assertThat(police.stream().filter(o -> o.rolloutStage().ordinal() < RolloutStage.IN_PROGRESS.ordinal()).count())
                .isEqualTo(37);
    }

    @Test
    void eighteenDivisionsWithRealNamesAndNoOfficeLive() {
        List<Office> divisions = in(OfficeCategory.DIVISION_OFFICE);
        assertThat(divisions).hasSize(18);
        assertThat(divisions).noneMatch(o -> o.rolloutStage() == RolloutStage.LIVE);
        assertThat(divisions).extracting(Office::division).contains("Agra", "Aligarh", "Ayodhya", "Azamgarh", "Bareilly",
                "Basti", "Chitrakoot Dham", "Devipatan", "Gorakhpur", "Jhansi", "Kanpur", "Lucknow", "Meerut",
                "Mirzapur (Vindhyachal)", "Moradabad", "Prayagraj", "Saharanpur", "Varanasi");
        Set<String> divisionNames = divisions.stream().map(Office::division).collect(Collectors.toSet());
        assertThat(UP.offices()).filteredOn(o -> !o.division().isEmpty())
                .allSatisfy(o -> assertThat(divisionNames).contains(o.division()));
    }

    @Test
    void seventyFiveDistrictsEachWithACollectorateInItsRealDivision() {
        List<Office> collectorates = in(OfficeCategory.DISTRICT_OFFICE).stream()
                .filter(o -> o.officeId().endsWith("-COLL")).toList();
        assertThat(collectorates).hasSize(75);
        assertThat(collectorates).extracting(Office::district).doesNotHaveDuplicates();
        Map<String, String> divisionOf = collectorates.stream().collect(Collectors.toMap(Office::district, Office::division));
        assertThat(divisionOf).containsEntry("Kannauj", "Kanpur").containsEntry("Lucknow", "Lucknow")
                .containsEntry("Gautam Buddha Nagar", "Meerut").containsEntry("Shravasti", "Devipatan")
                .containsEntry("Sonbhadra", "Mirzapur (Vindhyachal)").containsEntry("Amethi", "Ayodhya")
                .containsEntry("Mahoba", "Chitrakoot Dham").containsEntry("Shamli", "Saharanpur");
        assertThat(collectorates).allSatisfy(o -> assertThat(o.nameHi()).startsWith("कलेक्ट्रेट, "));
    }

    @Test
    void everyDistrictHasAFewOtherDistrictOffices() {
        Map<String, Long> perDistrict = in(OfficeCategory.DISTRICT_OFFICE).stream()
                .collect(Collectors.groupingBy(Office::district, Collectors.counting()));
        assertThat(perDistrict).hasSize(75).allSatisfy((d, n) -> assertThat(n).as(d).isEqualTo(4L));
    }

    @Test
    void kannaujIsFullyLive() {
        List<Office> kannauj = UP.offices().stream().filter(o -> o.district().equals("Kannauj")).toList();
        assertThat(kannauj).extracting(Office::officeId).contains("KNJ-COLL", "POL-KNJ");
        assertThat(kannauj).allMatch(o -> o.rolloutStage() == RolloutStage.LIVE);
    }

    @Test
    void otherDistrictsAreAtVariousEarlierStages() {
        List<Office> others = in(OfficeCategory.DISTRICT_OFFICE).stream().filter(o -> !o.district().equals("Kannauj")).toList();
        assertThat(others).noneMatch(o -> o.rolloutStage() == RolloutStage.LIVE);
        assertThat(others.stream().map(Office::rolloutStage).distinct().count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void collectorateHasTheDesignationsOfTheCollectorateOrder() {
        Set<String> designations = UP.desks().stream().filter(d -> d.officeId().equals("KNJ-COLL"))
                .map(Desk::designation).collect(Collectors.toSet());
        assertThat(designations).contains("Collector (District Magistrate)",
                "Additional / Joint Collector (Additional District Magistrate)", "Deputy Collector (Nodal Officer)",
                "Office Superintendent", "Stenographer / Personal Assistant", "Assistant Grade 1", "Assistant Grade 2",
                "Assistant Grade 3", "Daftari");
        assertThat(UP.desks()).extracting(Desk::deskId).contains("KNJ-COLL-AG3-01", "KNJ-COLL-OS-01");
    }

    @Test
    void secretariatAndPoliceHaveTheirOwnRanks() {
        Set<String> sec = UP.desks().stream().filter(d -> d.officeId().equals("SEC-REV")).map(Desk::designation)
                .collect(Collectors.toSet());
        assertThat(sec).contains("Section Officer", "Under Secretary", "Deputy Secretary", "Joint Secretary",
                "Special Secretary", "Secretary", "Principal Secretary");
        Set<String> dgp = UP.desks().stream().filter(d -> d.officeId().equals("POL-DGPHQ")).map(Desk::designation)
                .collect(Collectors.toSet());
        assertThat(dgp).contains("Director General of Police", "Inspector General of Police",
                "Superintendent of Police", "Deputy Superintendent of Police");
    }

    @Test
    void realDepartmentNamesInEnglishAndHindi() {
        assertThat(in(OfficeCategory.SECRETARIAT_DEPARTMENT)).extracting(Office::name)
                .contains("Revenue Department", "Home Department", "Finance Department", "Agriculture Department");
        assertThat(UP.offices()).allSatisfy(o -> assertThat(o.nameHi()).isNotBlank());
        assertThat(UP.desks()).allSatisfy(d -> assertThat(d.designationHi()).isNotBlank());
    }

    @Test
    void idsAreUniqueAndEveryParentExists() {
        Set<String> ids = new HashSet<>();
        assertThat(UP.offices()).allMatch(o -> ids.add(o.officeId()));
        assertThat(UP.offices()).filteredOn(o -> !o.parentOfficeId().isEmpty())
                .allSatisfy(o -> assertThat(ids).contains(o.parentOfficeId()));
        assertThat(UP.desks()).extracting(Desk::deskId).doesNotHaveDuplicates();
        assertThat(UP.desks()).allSatisfy(d -> assertThat(ids).contains(d.officeId()));
    }

    @Test
    void articleFileCountsAreTheScenarioTargets() {
        assertThat(UP.fileQuotas()).containsEntry(OfficeCategory.HOD_OFFICE, 21_229)
                .containsEntry(OfficeCategory.POLICE_UNIT, 8_181);
        assertThat(UP.cumulativeFileTargets()).containsEntry(OfficeCategory.SECRETARIAT_DEPARTMENT, 86_54_000L);
    }

    @Test
    void registryIsTheSameWhateverTheSeed() {
        Scenario again = UpScenario.build();
        assertThat(again.offices()).isEqualTo(UP.offices());
        assertThat(again.desks()).isEqualTo(UP.desks());
    }
}
