package in.eofficemonitor.warehouse.pendency;

import static in.eofficemonitor.warehouse.fixtures.UpFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.fixtures.UpFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The oldest item, median dwell and what each desk cleared in the 7 days before, against the UpFixtures stories. */
class DeskFlowIT {

    private final PendencyQueries pendency = new PendencyQueries(UpFixtures.warehouse());

    private Map<String, DeskFlow> flows(Instant asOf, Scope scope) {
        return pendency.deskFlow(asOf, scope).stream().collect(Collectors.toMap(DeskFlow::deskId, Function.identity()));
    }

    @Test
    void oldestItemAndMedianDwellOfWhatIsPendingAndWhatLeftTheDeskInTheLastWeek() {
        Map<String, DeskFlow> kanpur = flows(NOW, Scope.office(KNP_COLL));

        // AG3 holds B (7 d 1 h) and C (8 d): the median of two is their mean. A left AG3 on 18-11.
        DeskFlow ag3 = kanpur.get(KNP_AG3);
        assertThat(ag3.oldestArrivedAt()).contains(NOW.minus(Duration.ofDays(8)));
        assertThat(ag3.oldestDwellDays(NOW)).contains(8L);
        assertThat(ag3.medianDwell()).contains(Duration.ofDays(7).plusHours(12).plusMinutes(30));
        assertThat(ag3.filesCleared()).isEqualTo(1);
        assertThat(ag3.receiptsCleared()).isZero();
        // OS holds A since 18-11 10:00 and closed E on 15-11.
        DeskFlow os = kanpur.get(KNP_OS);
        assertThat(os.oldestArrivedAt()).contains(ist("2026-11-18T10:00"));
        assertThat(os.medianDwell()).contains(Duration.ofDays(2).plusHours(2));
        assertThat(os.filesCleared()).isEqualTo(1);
        // The unregistered desk of the Collectorate is there too, under the office its stays name.
        assertThat(kanpur.get(KNP_UNREGISTERED_DESK).officeId()).isEqualTo(KNP_COLL);
        assertThat(kanpur).doesNotContainKeys(LKO_AG3, SEC_US);
    }

    @Test
    void aDeskThatClearedEverythingHasNoOldestItemNorMedian() {
        Map<String, DeskFlow> lucknow = flows(NOW, Scope.district(LUCKNOW));

        // K passed SO, OS, ADM and DM between 16-11 and 19-11 and was closed: each cleared it, none holds anything.
        for (String desk : new String[] {LKO_SO, LKO_OS, LKO_ADM, LKO_DM}) {
            assertThat(lucknow.get(desk)).as(desk).isEqualTo(new DeskFlow(LKO_COLL, desk, Optional.empty(),
                    Optional.empty(), 1, 0));
        }
        assertThat(lucknow.get(LKO_AG3).filesCleared()).as("K forwarded from AG3 on 16-11").isEqualTo(1);
        assertThat(lucknow.get(LKO_AG3).oldestDwellDays(NOW)).contains(40L);
        assertThat(lucknow).doesNotContainKeys(KNP_AG3, KNP_OS);
    }

    @Test
    void theWeekEndsAtTheAsOfTimeAndStartsSevenDaysBefore() {
        // As of 22-11 10:00 the week began on 15-11 10:00: E's close at exactly 10:00 on 15-11 is no longer in it.
        assertThat(flows(ist("2026-11-22T10:00"), Scope.office(KNP_COLL)).get(KNP_OS).filesCleared()).isZero();
        assertThat(flows(ist("2026-11-22T09:59"), Scope.office(KNP_COLL)).get(KNP_OS).filesCleared()).isEqualTo(1);
        // As of 18-11 09:59 A had not left AG3 yet.
        assertThat(flows(ist("2026-11-18T09:59"), Scope.office(KNP_COLL)).get(KNP_AG3).filesCleared()).isZero();
    }
}
