package in.eofficemonitor.dashboard.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo passwords are printed in the README and at start-up: they must open nothing outside the demo. A users
 * file is refused when a user in it carries the password hash of a bundled demo user (the demo file copied as a
 * start, or one of its rows), so "cs" / "cs-demo" is never a login of a real deployment.
 */
final class DemoPasswords {

    private DemoPasswords() {}

    private static final class Bundled {
        static final Set<String> HASHES = UserDirectory.load(Optional.empty()).all().stream()
                .map(DashboardUser::passwordHash).collect(Collectors.toUnmodifiableSet());
    }

    static void refuseIn(Map<String, DashboardUser> users, String source) {
        for (DashboardUser u : users.values()) {
            if (u.passwordHash() != null && Bundled.HASHES.contains(u.passwordHash())) {
                throw new IllegalArgumentException(source + ": user '" + LogSafe.text(u.id()) + "' has the password"
                        + " of a bundled demo user, which is public; give every user a password hash of their own");
            }
        }
    }
}
