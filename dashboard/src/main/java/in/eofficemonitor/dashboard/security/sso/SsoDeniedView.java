package in.eofficemonitor.dashboard.security.sso;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import in.eofficemonitor.dashboard.i18n.DashboardI18n;

/**
 * Where someone lands whom the identity provider knows but the users file does not: not logged in, told so in both
 * languages (nobody is logged in, so no language was chosen), and whom to ask.
 */
@Route(SingleSignOn.DENIED_PATH)
@PageTitle("e-Office Monitor")
@AnonymousAllowed
public class SsoDeniedView extends VerticalLayout {

    public SsoDeniedView() {
        setId("sso-denied");
        setAlignItems(Alignment.CENTER);
        add(new H2(both("sso.denied.title")),
                new Paragraph(getTranslation(DashboardI18n.ENGLISH, "sso.denied.text")),
                new Paragraph(getTranslation(DashboardI18n.HINDI, "sso.denied.text")),
                new Anchor("login", both("sso.denied.back")));
    }

    private String both(String key) {
        return getTranslation(DashboardI18n.ENGLISH, key) + " · " + getTranslation(DashboardI18n.HINDI, key);
    }
}
