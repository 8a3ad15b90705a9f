package in.eofficemonitor.dashboard.trail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.warehouse.trail.TrailStay;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.QueryStrings;
import in.eofficemonitor.dashboard.security.AccessGuard;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import in.eofficemonitor.dashboard.i18n.DashboardI18n;
import in.eofficemonitor.dashboard.layout.MainLayout;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class TrailViewTest extends DashboardTestBase {

    @Autowired AccessGuard guard;

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void everyStayWithItsDwellAndTheDeskHoldingItNow() {
        TrailView view = navigate(TrailView.class, "KNJ-F1");

        assertThat(view.stays.getListDataView().getItems().map(TrailStay::deskId))
                .containsExactly(DashboardFixtures.KNJ_AG3, DashboardFixtures.KNJ_OS);
        TrailStay first = test(view.stays).getRow(0);
        assertThat(first.dwell().toDays()).isEqualTo(8);
        assertThat(test(view.stays).getCellText(0, test(view.stays).getColumnPosition("dwell"))).isEqualTo("8 d 0 h");
        assertThat(view.current.getText()).startsWith("Now at Office Superintendent (" + DashboardFixtures.KNJ_OS + ")")
                .contains("12 d");
        assertThat(view.notFound.getText()).isEmpty();
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void inHindiTheDwellIsInDaysAndHoursInHindi() {
        // As the language switch does; the UI's layout may be kept from an earlier navigation, so the UI too.
        VaadinSession session = VaadinSession.getCurrent();
        MainLayout.LanguageChoice before = session.getAttribute(MainLayout.LanguageChoice.class);
        session.setAttribute(MainLayout.LanguageChoice.class, new MainLayout.LanguageChoice(DashboardI18n.HINDI));
        UI.getCurrent().setLocale(DashboardI18n.HINDI);
        try {
            TrailView view = navigate(TrailView.class, "KNJ-F1");

            assertThat(test(view.stays).getCellText(0, test(view.stays).getColumnPosition("dwell")))
                    .isEqualTo("8 दिन 0 घंटे");
            assertThat(view.current.getText()).contains("12 दिन").doesNotContain(" d ").doesNotContain(" h)");
        } finally {
            session.setAttribute(MainLayout.LanguageChoice.class, before);
            UI.getCurrent().setLocale(before == null ? DashboardI18n.ENGLISH : before.locale());
        }
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void anUnknownFileIsNotFound() {
        TrailView view = navigate(TrailView.class, "NO-SUCH-FILE");

        assertThat(view.notFound.getText()).contains("NO-SUCH-FILE");
        assertThat(test(view.stays).size()).isZero();
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void typingThreeCharactersSuggestsFileIdsThatLinkToTheirTrails() {
        TrailView view = navigate(TrailView.class, "");

        view.suggest("KN");
        assertThat(view.suggestions.getChildren()).isEmpty();
        view.suggest("KNJ-");
        assertThat(view.suggestions.getChildren().map(c -> ((com.vaadin.flow.router.RouterLink) c).getText()))
                .containsExactly("KNJ-F1", "KNJ-R2");
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void aRealFileIdWithSlashesOpensByItsLinkAndTypedAsAPath() {
        RouterLink link = TrailLinks.to(DashboardFixtures.KNJ_SLASHED);
        assertThat(link.getHref()).isEqualTo("trail?file=UP%2FKNJ-COLL%2F2026%2F000123");

        TrailView byLink = (TrailView) QueryStrings.openLocation(this, link.getHref());
        assertThat(byLink.fileId.getValue()).isEqualTo(DashboardFixtures.KNJ_SLASHED);
        assertThat(byLink.stays.getListDataView().getItems().map(TrailStay::deskId))
                .containsExactly(DashboardFixtures.KNJ_AG3, DashboardFixtures.KNJ_OS);
        assertThat(byLink.current.getText()).isEqualTo("Closed: at no desk now.");

        TrailView typed = navigate("trail/" + DashboardFixtures.KNJ_SLASHED, TrailView.class);
        assertThat(typed.fileId.getValue()).isEqualTo(DashboardFixtures.KNJ_SLASHED);
        assertThat(test(typed.stays).size()).isEqualTo(2);
    }

    @Test
    @WithMockUser(username = "cs", roles = "STATE")
    void findNavigatesToTheLinkOfTheTypedId() {
        TrailView view = navigate(TrailView.class, "");
        test(view.fileId).setValue(DashboardFixtures.LKO_SLASHED);
        test(view.find).click();

        TrailView shown = (TrailView) getCurrentView();
        assertThat(shown.stays.getListDataView().getItems().map(TrailStay::deskId)).containsExactly(DashboardFixtures.LKO_AG3);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("trail?file=UP%2FLKO-COLL%2F2026%2F000007");
    }

    @Test
    @WithMockUser(username = "dm-lucknow", roles = "DISTRICT")
    void anotherDistrictsSlashedFileShowsNothingByLinkNorByPathAndIsCounted() {
        double before = guard.deniedCount();

        TrailView byLink = (TrailView) QueryStrings.openLocation(this, TrailLinks.to(DashboardFixtures.KNJ_SLASHED).getHref());
        TrailView byPath = navigate("trail/" + DashboardFixtures.KNJ_SLASHED, TrailView.class);

        for (TrailView view : List.of(byLink, byPath)) {
            assertThat(test(view.stays).size()).isZero();
            assertThat(view.notFound.getText()).isEqualTo("No file " + DashboardFixtures.KNJ_SLASHED + " in your area.");
            assertThat(view.details.getText()).isEmpty();
        }
        assertThat(guard.deniedCount()).isEqualTo(before + 2);
        assertThat(TrailViews.foundAt(this, DashboardFixtures.LKO_SLASHED)).as("the own district's file").isTrue();
    }
}
