package in.eofficemonitor.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import in.eofficemonitor.alerts.recipients.Language;
import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.dashboard.base.Translations;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.desks.ui.DesksView;
import in.eofficemonitor.dashboard.health.ui.HealthView;
import in.eofficemonitor.dashboard.overview.ui.OverviewView;
import in.eofficemonitor.dashboard.stuck.ui.StuckView;
import in.eofficemonitor.dashboard.trail.ui.TrailView;
import java.util.Locale;

/** The frame of every view: navigation, who is logged in with which scope, the language switch, logout. */
@jakarta.annotation.security.PermitAll
public class MainLayout extends AppLayout {

    static final String LOCALE_CHOSEN = "eoffice.locale.chosen";

    final Button language;

    public MainLayout(CurrentUser currentUser, AuthenticationContext auth) {
        Recipient me = currentUser.recipient();
        VaadinSession session = VaadinSession.getCurrent();
        if (session.getAttribute(LOCALE_CHOSEN) == null) {
            // First page after login: the user's own language from the users file.
            session.setAttribute(LOCALE_CHOSEN, Boolean.TRUE);
            Locale preferred = me.language() == Language.HI ? Translations.HINDI : Translations.ENGLISH;
            session.setLocale(preferred);
            UI.getCurrent().setLocale(preferred);
        }
        boolean hindi = Translations.HINDI.getLanguage().equals(UI.getCurrent().getLocale().getLanguage());

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.overview"), OverviewView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.desks"), DesksView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.stuck"), StuckView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.trail"), TrailView.class));
        if (currentUser.isState()) {
            nav.addItem(new SideNavItem(getTranslation("nav.health"), HealthView.class));
        }
        addToDrawer(nav);

        language = new Button(hindi ? "English" : "हिन्दी", e -> {
            Locale next = hindi ? Translations.ENGLISH : Translations.HINDI;
            VaadinSession.getCurrent().setLocale(next);
            UI.getCurrent().setLocale(next);
            UI.getCurrent().getPage().reload();
        });
        language.setId("language-switch");
        Button logout = new Button(getTranslation("nav.logout"), e -> auth.logout());
        Span who = new Span(me.name() + " · " + getTranslation("scope." + me.role().name(), me.scope().value()));
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), new Span(getTranslation("app.title")), who,
                language, logout);
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(who);
        addToNavbar(bar);
    }
}
