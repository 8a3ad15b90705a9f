package in.eofficemonitor.dashboard.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.dashboard.i18n.DashboardI18n;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.security.DashboardUser;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The frame of every view: navigation, who is logged in and their scope, the language switch (remembered in the
 * session, starting from the user's language in the users file) and logout.
 */
@PermitAll
public class MainLayout extends AppLayout {

    public static final String LANGUAGE_BUTTON_ID = "language-switch";

    public MainLayout(CurrentUser currentUser, AuthenticationContext auth) {
        DashboardUser user = currentUser.get();
        VaadinSession session = VaadinSession.getCurrent();
        if (session.getAttribute(LanguageChoice.class) == null) {
            session.setAttribute(LanguageChoice.class, new LanguageChoice(user.recipient().language().locale()));
            session.setLocale(user.recipient().language().locale());
        }
        Locale locale = session.getAttribute(LanguageChoice.class).locale();
        UI.getCurrent().setLocale(locale);

        Span title = new Span(getTranslation("app.title"));
        title.getStyle().set("font-weight", "700").set("font-size", "1.2em");
        Span who = new Span(user.recipient().name() + " · " + getTranslation("role." + user.recipient().role().name())
                + (user.scope().value().isBlank() ? "" : " " + user.scope().value()));
        Button language = new Button(getTranslation("language.switch"), e -> switchLanguage());
        language.setId(LANGUAGE_BUTTON_ID);
        Button logout = new Button(getTranslation("logout"), e -> auth.logout());
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who, language, logout);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(who);
        bar.getStyle().set("padding", "0 1em");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.overview"), "overview"));
        if (user.recipient().role() == Role.STATE || user.recipient().role() == Role.DISTRICT) {
            nav.addItem(new SideNavItem(getTranslation("nav.district"), "district"));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.desks"), "desks"));
        nav.addItem(new SideNavItem(getTranslation("nav.stuck"), "stuck"));
        nav.addItem(new SideNavItem(getTranslation("nav.trail"), "trail"));
        nav.addItem(new SideNavItem(getTranslation("nav.trend"), "trend"));
        if (user.recipient().role() == Role.STATE) {
            nav.addItem(new SideNavItem(getTranslation("nav.health"), "health"));
            nav.addItem(new SideNavItem(getTranslation("nav.alerts"), "alerts"));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), "audit"));
        }
        addToDrawer(nav);
    }

    private void switchLanguage() {
        VaadinSession session = VaadinSession.getCurrent();
        Locale next = DashboardI18n.isHindi(session.getAttribute(LanguageChoice.class).locale())
                ? DashboardI18n.ENGLISH : DashboardI18n.HINDI;
        session.setAttribute(LanguageChoice.class, new LanguageChoice(next));
        session.setLocale(next);
        UI.getCurrent().setLocale(next);
        UI.getCurrent().getPage().reload();
    }

    /** The language chosen in this session. */
    public record LanguageChoice(Locale locale) implements java.io.Serializable {}
}
