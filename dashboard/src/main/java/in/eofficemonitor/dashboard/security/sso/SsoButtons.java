package in.eofficemonitor.dashboard.security.sso;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import in.eofficemonitor.dashboard.i18n.DashboardI18n;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

/**
 * The login page's single sign-on buttons, one per configured identity provider (none when single sign-on is off).
 * Each is a plain link to Spring Security's authorization endpoint, which starts the provider's redirect flow.
 */
public class SsoButtons extends VerticalLayout {

    public SsoButtons(SingleSignOn sso) {
        setPadding(false);
        setAlignItems(Alignment.CENTER);
        for (ClientRegistration provider : sso.providers()) {
            String name = provider.getClientName();
            Anchor button = new Anchor(SingleSignOn.AUTHORIZATION_PATH.substring(1) + provider.getRegistrationId(),
                    getTranslation(DashboardI18n.ENGLISH, "login.sso", name) + " · "
                            + getTranslation(DashboardI18n.HINDI, "login.sso", name));
            button.setRouterIgnore(true); // a server redirect, not a view
            button.setId("sso-" + provider.getRegistrationId());
            button.getElement().setAttribute("theme", "primary");
            button.getStyle().set("padding", "0.6em 1.2em").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("background", "var(--lumo-primary-color)").set("color", "var(--lumo-primary-contrast-color)");
            add(button);
        }
        setVisible(!sso.providers().isEmpty());
    }
}
