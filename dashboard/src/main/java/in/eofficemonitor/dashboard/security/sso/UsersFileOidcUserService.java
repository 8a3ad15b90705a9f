package in.eofficemonitor.dashboard.security.sso;

import in.eofficemonitor.dashboard.security.DashboardUser;
import in.eofficemonitor.dashboard.security.LogSafe;
import in.eofficemonitor.dashboard.security.UserDirectory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The identity provider says who someone is; the users file says what they may see. After the provider's login this
 * reads the configured claim ({@code eoffice.sso.user-name-claim}, {@code preferred_username} by default) and looks
 * it up as a user id in the users file: the user gets that entry's role (and, through the id, its scope). Someone the
 * file does not list is refused — counted in {@code eoffice.sso.refused}, logged, and published as {@link SsoRefused}
 * for the audit trail — and sent to the access-denied page.
 */
public final class UsersFileOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a refused single sign-on (the failure handler tells it from the provider's errors). */
    public static final String NOT_IN_USERS_FILE = "not_in_users_file";
    private static final Logger LOG = LoggerFactory.getLogger(UsersFileOidcUserService.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final UserDirectory users;
    private final String claim;
    private final Counter refused;
    private final Consumer<SsoRefused> listener;

    public UsersFileOidcUserService(UserDirectory users, String claim, MeterRegistry meters, Consumer<SsoRefused> listener) {
        this(new OidcUserService(), users, claim, meters, listener);
    }

    UsersFileOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> provider, UserDirectory users, String claim,
            MeterRegistry meters, Consumer<SsoRefused> listener) {
        this.provider = provider;
        this.users = users;
        this.claim = claim;
        this.listener = listener;
        this.refused = Counter.builder("eoffice.sso.refused")
                .description("Single sign-ons refused: the identity provider knows the person, the users file does not")
                .register(meters);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        Object value = person.getClaims().get(claim);
        String name = value == null ? "" : value.toString().strip();
        Optional<DashboardUser> user = name.isEmpty() ? Optional.empty() : users.find(name);
        if (user.isEmpty()) {
            refused.increment();
            String who = name.isEmpty() ? person.getSubject() : name;
            LOG.warn("Single sign-on refused: '{}' (claim {}, subject '{}') is not in the users file", LogSafe.text(who),
                    claim, LogSafe.text(person.getSubject()));
            listener.accept(new SsoRefused(who, claim));
            throw new OAuth2AuthenticationException(new OAuth2Error(NOT_IN_USERS_FILE,
                    "not in the users file", null));
        }
        // The principal's name is the users-file id, so the rest of the app (CurrentUser, the audit) sees one name.
        return new DefaultOidcUser(Set.of(new SimpleGrantedAuthority("ROLE_" + user.get().recipient().role().name())),
                person.getIdToken(), person.getUserInfo(), claim);
    }
}
