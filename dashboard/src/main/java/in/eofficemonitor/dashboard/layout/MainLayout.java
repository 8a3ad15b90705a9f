package in.eofficemonitor.dashboard.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
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
 * session, starting from the user's language in the users file) and logout. On a phone the navigation is the app
 * layout's drawer (opened by the toggle) and the user's controls sit behind one menu button.
 */
@PermitAll
public class MainLayout extends AppLayout {

    public static final String LANGUAGE_BUTTON_ID = "language-switch";
    public static final String LOGOUT_BUTTON_ID = "logout";
    public static final String USER_MENU_ID = "user-menu";

    public MainLayout(CurrentUser currentUser, AuthenticationContext auth) {
        DashboardUser user = currentUser.get();
        VaadinSession session = VaadinSession.getCurrent();
        if (session.getAttribute(LanguageChoice.class) == null) {
            session.setAttribute(LanguageChoice.class, new LanguageChoice(user.recipient().language().locale()));
            session.setLocale(user.recipient().language().locale());
        }
        Locale locale = session.getAttribute(LanguageChoice.class).locale();
        UI.getCurrent().setLocale(locale);

        String name = user.recipient().name();
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("eo-title");
        Span who = new Span(name + " · " + getTranslation("role." + user.recipient().role().name())
                + (user.scope().value().isBlank() ? "" : " " + user.scope().value()));
        who.addClassName("eo-who");
        Button language = new Button(getTranslation("language.switch"), e -> switchLanguage());
        language.setId(LANGUAGE_BUTTON_ID);
        Button logout = new Button(getTranslation("logout"), e -> auth.logout());
        logout.setId(LOGOUT_BUTTON_ID);
        HorizontalLayout actions = new HorizontalLayout(language, logout);
        actions.addClassName("eo-user-actions");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who, actions, phoneUserMenu(who.getText(), auth));
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(who);
        bar.addClassName("eo-top-bar");
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

    /**
     * On a phone the name and the two buttons do not fit beside the title: the stylesheet hides them below the
     * breakpoint and shows this one button instead, whose menu holds who is logged in, the language switch and logout.
     */
    private MenuBar phoneUserMenu(String who, AuthenticationContext auth) {
        MenuBar menu = new MenuBar();
        menu.setId(USER_MENU_ID);
        menu.addClassName("eo-user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem root = menu.addItem(VaadinIcon.USER.create());
        root.setAriaLabel(who);
        SubMenu items = root.getSubMenu();
        items.addItem(who).setEnabled(false);
        items.addItem(getTranslation("language.switch"), e -> switchLanguage());
        items.addItem(getTranslation("logout"), e -> auth.logout());
        return menu;
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
