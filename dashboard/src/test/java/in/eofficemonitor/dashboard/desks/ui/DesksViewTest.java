package in.eofficemonitor.dashboard.desks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.QueryStrings;
import in.eofficemonitor.dashboard.desks.DeskLine;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class DesksViewTest extends DashboardTestBase {

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void everyDeskWithItsAgeBucketsMostPendingFirstAndTheSlowestMarked() {
        DesksView view = navigate(DesksView.class);

        assertThat(view.deskIds())
                .containsExactlyInAnyOrder(DashboardFixtures.KNJ_AG3, DashboardFixtures.KNJ_OS, DashboardFixtures.LKO_AG3,
                        DashboardFixtures.SEC_US, DashboardFixtures.POL_DESK);
        PendencyRow lucknow = test(view.grid).getRow(0).pendency();
        assertThat(lucknow.id()).isEqualTo(DashboardFixtures.LKO_AG3);
        assertThat(lucknow.ages().days31To90()).isEqualTo(1);
        assertThat(lucknow.ages().days91To180()).isEqualTo(1);
        int flag = test(view.grid).getColumnPosition("flag");
        assertThat(test(view.grid).getCellText(0, flag)).isEqualTo("Slowest");
        assertThat(test(view.grid).getCellText(1, flag)).isEmpty();
        assertThat(test(view.grid).isColumnSortable(2)).isTrue();
    }

    @Test
    @WithMockUser(username = "dm-kannauj", roles = "DISTRICT")
    void oneOfficeByUrl() {
        DesksView view = QueryStrings.open(this, DesksView.class, "office=" + DashboardFixtures.KNJ_COLL);

        assertThat(view.deskIds()).containsExactlyInAnyOrder(DashboardFixtures.KNJ_AG3, DashboardFixtures.KNJ_OS);
        assertThat(view.office.getValue().officeId()).isEqualTo(DashboardFixtures.KNJ_COLL);
    }

    @Test
    @WithMockUser(username = "dm-kannauj", roles = "DISTRICT")
    void oldestItemMedianDwellAndWhatEachDeskClearedInTheLastWeek() {
        DesksView view = QueryStrings.open(this, DesksView.class, "office=" + DashboardFixtures.KNJ_COLL);
        Map<String, DeskLine> desks = view.grid.getListDataView().getItems()
                .collect(Collectors.toMap(DeskLine::id, Function.identity()));

        // AG3 holds only the receipt KNJ-R2 (2 days); it forwarded UP/KNJ-COLL/2026/000123 4 days ago (KNJ-F1 left 12
        // days ago: before the week).
        DeskLine ag3 = desks.get(DashboardFixtures.KNJ_AG3);
        assertThat(ag3.oldestDays()).contains(2L);
        assertThat(ag3.flow().medianDwell()).hasValueSatisfying(d -> assertThat(d.toHours()).isEqualTo(48));
        assertThat(ag3.flow().filesCleared()).isEqualTo(1);
        assertThat(ag3.flow().receiptsCleared()).isZero();
        // OS holds KNJ-F1 for 12 days and closed the slashed file 2 days ago.
        DeskLine os = desks.get(DashboardFixtures.KNJ_OS);
        assertThat(os.oldestDays()).contains(12L);
        assertThat(os.flow().filesCleared()).isEqualTo(1);

        int row = view.deskIds().indexOf(DashboardFixtures.KNJ_OS);
        String arrived = in.eofficemonitor.dashboard.base.Formats.date(os.flow().oldestArrivedAt().orElseThrow());
        assertThat(test(view.grid).getCellText(row, test(view.grid).getColumnPosition("oldest")))
                .isEqualTo(view.getTranslation("desks.oldestValue", arrived, "12")).matches("\\d{2}-\\d{2}-\\d{4} .*12.*");
        assertThat(test(view.grid).getCellText(row, test(view.grid).getColumnPosition("median")))
                .as("the Collector reads Hindi: units in Hindi too").isEqualTo("12 दिन 0 घंटे");
        assertThat(test(view.grid).getCellText(row, test(view.grid).getColumnPosition("files-cleared"))).isEqualTo("1");
        assertThat(os.flow().medianDwell()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofDays(12),
                Duration.ofDays(12).plusMinutes(5)));
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void anAgeBucketChartOfTheDesksShown() {
        DesksView view = QueryStrings.open(this, DesksView.class, "office=" + DashboardFixtures.LKO_COLL);

        String svg = view.chart.getElement().getChild(0).getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("Pending by days at the desk").contains("31–90 days")
                .contains("91–180 days");
        QueryStrings.open(this, DesksView.class, "office=" + DashboardFixtures.KNJ_COLL);
        DesksView nothing = QueryStrings.open(this, DesksView.class, "office=NO-SUCH-OFFICE");
        assertThat(nothing.chart.getChildren()).as("no chart when nothing is pending").isEmpty();
    }
}
