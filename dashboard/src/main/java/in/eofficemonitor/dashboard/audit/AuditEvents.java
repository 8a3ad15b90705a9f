package in.eofficemonitor.dashboard.audit;

import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.dashboard.security.DashboardUser;
import in.eofficemonitor.dashboard.security.LoginEvents;
import in.eofficemonitor.dashboard.security.UsersFileEvents;
import in.eofficemonitor.dashboard.security.UserDirectory;
import in.eofficemonitor.dashboard.security.sso.SsoRefused;
import in.eofficemonitor.warehouse.audit.AuditEntry;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Turns what happens into audit entries: Spring Security's own authentication events (login, failed login, logout),
 * the access guard's denials and the views' downloads. Each kind is one small listener method; the role and scope
 * are looked up in the users file, the address taken from the login or the request. Listeners run on the thread
 * that published the event and only queue the entry ({@link AuditTrail}), so a login does not wait for the
 * warehouse.
 */
public class AuditEvents {

    private final AuditTrail trail;
    private final UserDirectory users;
    private final Clock clock;

    public AuditEvents(AuditTrail trail, UserDirectory users, Clock clock) {
        this.trail = trail;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void login(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        record(AuditActions.LOGIN, auth.getName(), "", OptionalLong.empty(), "", ClientAddress.of(auth.getDetails()));
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        record(AuditActions.LOGIN_FAILED, auth.getName(), "", OptionalLong.empty(),
                event.getException().getClass().getSimpleName(), ClientAddress.of(auth.getDetails()));
    }

    @EventListener
    void logout(LogoutSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        record(AuditActions.LOGOUT, auth.getName(), "", OptionalLong.empty(), "", ClientAddress.of(auth.getDetails()));
    }

    @EventListener
    void denied(AccessGuard.Denied event) {
        record(AuditActions.ACCESS_DENIED, event.user(), event.what(), OptionalLong.empty(), event.kind(),
                ClientAddress.ofCurrentRequest());
    }

    @EventListener
    void ssoRefused(SsoRefused event) {
        record(AuditActions.SSO_UNKNOWN_USER, event.user(), "", OptionalLong.empty(), "claim " + event.claim(),
                ClientAddress.ofCurrentRequest());
    }

    /** Basic auth on /actuator/** fails outside Spring's form-login events; the form's failures come from those. */
    @EventListener
    void basicLoginFailed(LoginEvents.LoginFailed event) {
        if ("basic".equals(event.channel())) {
            record(AuditActions.LOGIN_FAILED, event.user(), "/actuator", OptionalLong.empty(), "basic", event.address());
        }
    }

    @EventListener
    void lockedOut(LoginEvents.LoginLockedOut event) {
        record(AuditActions.LOCKED_OUT, event.user(), "", OptionalLong.empty(), lockDetail(event.limit(), event.until(),
                event.channel()), event.address());
    }

    @EventListener
    void refused(LoginEvents.LoginRefused event) {
        record(AuditActions.LOGIN_REFUSED, event.user(), "", OptionalLong.empty(), lockDetail(event.limit(),
                event.until(), event.channel()), event.address());
    }

    @EventListener
    void usersFileReloaded(UsersFileEvents.UsersFileReloaded event) {
        record(AuditActions.USERS_FILE_RELOADED, "", "", OptionalLong.of(event.users()), event.file() + ": added "
                + event.added() + ", removed " + event.removed() + ", changed " + event.changed() + ", sessions ended "
                + event.sessionsEnded(), "");
    }

    @EventListener
    void usersFileRejected(UsersFileEvents.UsersFileRejected event) {
        record(AuditActions.USERS_FILE_REJECTED, "", "", OptionalLong.empty(), event.file() + ": " + event.reason(), "");
    }

    private static String lockDetail(Object limit, java.time.Instant until, String channel) {
        return channel + ", " + limit.toString().toLowerCase(java.util.Locale.ROOT) + " limit, until " + until;
    }

    @EventListener
    void exported(Exported event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        record(AuditActions.EXPORT, auth == null ? "" : auth.getName(), event.view(), OptionalLong.of(event.rows()),
                event.fileName(), ClientAddress.ofCurrentRequest());
    }

    /** One entry for {@code user}, with the role and scope the users file gives them (empty when it has no such user). */
    public void record(String action, String user, String view, OptionalLong rows, String detail, String address) {
        Optional<DashboardUser> known = user == null ? Optional.empty() : users.find(user);
        trail.record(new AuditEntry(clock.instant(), user, action,
                known.map(u -> u.recipient().role().name()).orElse(""), known.map(u -> u.scope().value()).orElse(""),
                view, rows, detail, address));
    }
}
