package in.eofficemonitor.dashboard.security.sso;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Single sign-on with the state's OpenID Connect provider, when one is configured (Spring Boot's
 * {@code spring.security.oauth2.client.registration.*} and {@code …provider.*} properties; without them this does
 * nothing and the dashboard logs in with the users file's passwords alone). The login page offers a button per
 * configured provider next to the password form; the provider's user is looked up in the users file
 * ({@link UsersFileOidcUserService}); logging out of the dashboard also ends the provider's session (RP-initiated
 * logout) and comes back to the login page.
 */
public final class SingleSignOn {

    /** Where a refused single sign-on lands (an anonymous page: the person is not logged in). */
    public static final String DENIED_PATH = "sso-denied";
    public static final String AUTHORIZATION_PATH = "/oauth2/authorization/";
    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOn.class);

    private final Optional<ClientRegistrationRepository> registrations;
    private final UsersFileOidcUserService users;

    public SingleSignOn(Optional<ClientRegistrationRepository> registrations, UsersFileOidcUserService users) {
        this.registrations = registrations;
        this.users = users;
    }

    public boolean enabled() {
        return registrations.isPresent();
    }

    /** The configured providers, for the login page's buttons (id and display name). */
    public List<ClientRegistration> providers() {
        List<ClientRegistration> out = new ArrayList<>();
        if (registrations.orElse(null) instanceof Iterable<?> all) {
            all.forEach(r -> out.add((ClientRegistration) r));
        }
        return out;
    }

    /** Adds the OpenID Connect login to the dashboard's chain, if a provider is configured. */
    public void configure(HttpSecurity http) throws Exception {
        if (registrations.isEmpty()) {
            return;
        }
        http.oauth2Login(login -> login.loginPage("/login")
                .userInfoEndpoint(info -> info.oidcUserService(users))
                .failureHandler((request, response, failure) -> {
                    boolean refused = refusedByUsersFile(failure);
                    if (!refused) {
                        // The provider's or the protocol's fault (a wrong secret, a clock far off): say which.
                        LOG.warn("Single sign-on failed: {}", failure.getMessage());
                    }
                    response.sendRedirect(request.getContextPath() + "/" + (refused ? DENIED_PATH : "login?error"));
                }));
    }

    /**
     * With a provider, logging out ends the provider's session as well (RP-initiated logout: the browser is sent to
     * the provider's end-session endpoint, which sends it back to the login page).
     */
    public Optional<LogoutSuccessHandler> logoutSuccessHandler() {
        return registrations.map(r -> {
            OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(r);
            logout.setPostLogoutRedirectUri("{baseUrl}/login");
            // The logout button logs out in a Vaadin request (XHR): a plain 302 would be followed by the XHR, not by
            // the page, and the provider's session would live on. Vaadin's strategy sends the page there instead.
            logout.setRedirectStrategy(new UidlRedirectStrategy());
            return logout;
        });
    }

    private static boolean refusedByUsersFile(Exception failure) {
        return failure instanceof OAuth2AuthenticationException e
                && e.getError().getErrorCode().equals(UsersFileOidcUserService.NOT_IN_USERS_FILE);
    }
}
