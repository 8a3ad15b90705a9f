package in.eofficemonitor.dashboard.security;

import java.time.Instant;
import java.util.Set;

/**
 * What happens to the users file on a running app, for the audit trail, published as Spring application events.
 * User ids are as in the file.
 */
public final class UsersFileEvents {

    private UsersFileEvents() {}

    /**
     * A changed file is in force: who was added, who removed, whose role, scope or password changed, and how many
     * open sessions of the removed and changed users were ended.
     */
    public record UsersFileReloaded(String file, int users, Set<String> added, Set<String> removed,
            Set<String> changed, int sessionsEnded, Instant at) {}

    /** A changed file could not be read or was refused; the users of the last good one stay in force. */
    public record UsersFileRejected(String file, String reason, Instant at) {}
}
