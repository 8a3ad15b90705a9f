package in.eofficemonitor.dashboard.security;

import in.eofficemonitor.alerts.recipients.Recipient;
import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.warehouse.Scope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is logged in and, from that alone, what part of the state they may see. Views never take a scope
 * from the URL or a filter: they ask this class, on the server, for every query.
 */
@Component
public class CurrentUser {

    private final Users users;

    public CurrentUser(Users users) {
        this.users = users;
    }

    public Recipient recipient() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new IllegalStateException("no user is logged in");
        }
        return users.byId(auth.getName())
                .orElseThrow(() -> new IllegalStateException("unknown user " + auth.getName()));
    }

    public Scope scope() {
        return scopeOf(recipient());
    }

    public boolean isState() {
        return recipient().role() == Role.STATE;
    }

    /**
     * STATE sees the state; DISTRICT one district; OFFICE and POLICE one office (a police unit's head sees
     * their unit — see docs/dashboard.md for the police headquarters' wider view).
     */
    public static Scope scopeOf(Recipient r) {
        return switch (r.role()) {
            case STATE -> Scope.state();
            case DISTRICT -> Scope.district(r.scope().value());
            case OFFICE, POLICE -> Scope.office(r.scope().value());
        };
    }
}
