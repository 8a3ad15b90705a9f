package in.eofficemonitor.dashboard.layout;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import in.eofficemonitor.dashboard.security.sso.SingleSignOn;
import in.eofficemonitor.dashboard.security.sso.SsoButtons;

/**
 * The login page: Spring Security's form login ({@code POST /login}) with Vaadin's login form, and above it a button
 * per single sign-on provider when one is configured.
 */
@Route("login")
@PageTitle("e-Office Monitor")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView(SingleSignOn sso) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("e-Office Monitor · ई-ऑफिस मॉनिटर"), new SsoButtons(sso), login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
