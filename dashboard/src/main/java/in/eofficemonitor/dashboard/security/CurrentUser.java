package in.eofficemonitor.dashboard.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in user of the current request, looked up in the {@link UserDirectory} on the server. */
public final class CurrentUser {

    private final UserDirectory users;

    public CurrentUser(UserDirectory users) {
        this.users = users;
    }

    /** The user; a request without one (or an unknown name) fails: views are only reachable logged in. */
    public DashboardUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new IllegalStateException("no logged-in user");
        }
        return users.find(auth.getName())
                .orElseThrow(() -> new IllegalStateException("user '" + auth.getName() + "' is not in the users file"));
    }

    public UserScope scope() {
        return get().scope();
    }
}
