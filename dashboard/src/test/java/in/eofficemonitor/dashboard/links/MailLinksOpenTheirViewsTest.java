package in.eofficemonitor.dashboard.links;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import in.eofficemonitor.alerts.mail.DashboardLinks;
import in.eofficemonitor.dashboard.DashboardFixtures;
import in.eofficemonitor.dashboard.DashboardTestBase;
import in.eofficemonitor.dashboard.QueryStrings;
import in.eofficemonitor.dashboard.desks.ui.DesksViews;
import in.eofficemonitor.dashboard.district.ui.DistrictViews;
import in.eofficemonitor.dashboard.stuck.ui.StuckViews;
import in.eofficemonitor.dashboard.trail.ui.TrailLinks;
import in.eofficemonitor.dashboard.trail.ui.TrailViews;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every link a mail can contain ({@code alerts}' {@link DashboardLinks}) leads to a view of this app, and to the
 * right one: resolved against Vaadin's route registry, then opened as the browser would open it, and what the view
 * shows checked. A new link builder without a case here, or a route renamed on either side, fails this test.
 */
@WithMockUser(username = "cs", roles = "STATE")
class MailLinksOpenTheirViewsTest extends DashboardTestBase {

    private static final String BASE = "https://monitor.up.example";
    private static final DashboardLinks LINKS = new DashboardLinks(BASE + "/");

    /** A link builder of DashboardLinks, the argument a mail gives it, the view it must open and what that shows. */
    private record Case(String builder, String argument, String view, Consumer<Component> shows) {}

    private static final List<Case> CASES = List.of(
            new Case("home", null, "OverviewView", view -> { }),
            new Case("file", DashboardFixtures.KNJ_SLASHED, "TrailView",
                    view -> assertThat(TrailViews.fileShown(view)).isEqualTo(DashboardFixtures.KNJ_SLASHED)),
            new Case("desk", DashboardFixtures.KNJ_OS, "StuckView",
                    view -> assertThat(StuckViews.fileIdsShown(view)).containsExactly("KNJ-F1")),
            new Case("office", DashboardFixtures.KNJ_COLL, "DesksView",
                    view -> assertThat(DesksViews.deskIdsShown(view))
                            .containsExactlyInAnyOrder(DashboardFixtures.KNJ_AG3, DashboardFixtures.KNJ_OS)),
            new Case("district", DashboardFixtures.KANNAUJ, "DistrictView",
                    view -> assertThat(DistrictViews.officeIdsShown(view))
                            .containsExactlyInAnyOrder(DashboardFixtures.KNJ_COLL, DashboardFixtures.POL_KNJ)));

    private static String link(Case c) throws Exception {
        Method m = c.argument() == null ? DashboardLinks.class.getMethod(c.builder())
                : DashboardLinks.class.getMethod(c.builder(), String.class);
        return (String) (c.argument() == null ? m.invoke(LINKS) : m.invoke(LINKS, c.argument()));
    }

    @Test
    void everyLinkBuilderHasACase() {
        List<String> builders = Arrays.stream(DashboardLinks.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getReturnType() == String.class)
                .map(Method::getName)
                .filter(n -> !List.of("baseUrl", "toString").contains(n))
                .toList();

        assertThat(builders).containsExactlyInAnyOrderElementsOf(CASES.stream().map(Case::builder).toList());
    }

    @Test
    void everyLinkIsARouteOfTheViewItNames() throws Exception {
        for (Case c : CASES) {
            String url = link(c);
            assertThat(url).as(c.builder()).startsWith(BASE + "/");
            String location = url.substring(BASE.length() + 1);
            String path = location.contains("?") ? location.substring(0, location.indexOf('?')) : location;

            Optional<Class<? extends Component>> route = RouteConfiguration.forApplicationScope().getRoute(path);
            assertThat(route).as(c.builder() + ": " + url + " is a route").isPresent();
            assertThat(route.get().getSimpleName()).as(c.builder() + ": " + url).isEqualTo(c.view());
        }
    }

    @Test
    void everyLinkOpensItsViewShowingWhatTheMailNamed() throws Exception {
        for (Case c : CASES) {
            Component shown = QueryStrings.openLocation(this, link(c).substring(BASE.length() + 1));
            assertThat(shown.getClass().getSimpleName()).as(link(c)).isEqualTo(c.view());
            c.shows().accept(shown);
        }
    }

    @Test
    void theAppsOwnFileLinksAreTheMailsOnes() {
        assertThat("/" + TrailLinks.to(DashboardFixtures.KNJ_SLASHED).getHref())
                .isEqualTo(new DashboardLinks("").file(DashboardFixtures.KNJ_SLASHED));
    }
}
