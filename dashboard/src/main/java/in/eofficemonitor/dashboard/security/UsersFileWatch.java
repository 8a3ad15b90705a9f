package in.eofficemonitor.dashboard.security;

import in.eofficemonitor.dashboard.security.UsersFileEvents.UsersFileRejected;
import in.eofficemonitor.dashboard.security.UsersFileEvents.UsersFileReloaded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Puts a changed users file in force on the running app ({@link #check}, run every {@code eoffice.users-reload-every}
 * by {@link UsersFileReloading}). The file counts as changed when its bytes do (a digest, so an editor that keeps
 * the modification time, or a copy within the same second, is still seen). A file that cannot be read or parsed
 * changes nothing: the users of the last good file stay in force, the log says why (once per broken version) and
 * {@link UsersFileRejected} is published. A good one replaces the users at once; whoever left the file or had their
 * role, scope or password changed is logged out ({@link SessionsByUser}), so a transfer or a revocation holds
 * from their next click; {@link UsersFileReloaded} is published.
 */
public final class UsersFileWatch {

    private static final Logger LOG = LoggerFactory.getLogger(UsersFileWatch.class);

    private final Path file;
    private final UserDirectory users;
    private final SessionsByUser sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private byte[] inForce;
    private byte[] refused;

    public UsersFileWatch(Path file, UserDirectory users, SessionsByUser sessions, ApplicationEventPublisher events,
            Clock clock) {
        this.file = file;
        this.users = users;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        this.inForce = digest(file).orElse(new byte[0]);
    }

    /** Reads the file if it changed, and puts it in force if it is good. */
    public synchronized void check() {
        Optional<byte[]> now = digest(file);
        if (now.isEmpty() || Arrays.equals(now.get(), inForce)) {
            if (now.isEmpty() && refused == null) {
                reject("it cannot be read");
                refused = new byte[0];
            }
            return;
        }
        if (Arrays.equals(now.get(), refused)) {
            return; // said once already
        }
        UserDirectory next;
        try {
            next = UserDirectory.load(Optional.of(file), users.passwordOptional());
        } catch (RuntimeException e) {
            refused = now.get();
            reject(e.getMessage() + (e.getCause() != null ? " (" + e.getCause() + ")" : ""));
            return;
        }
        Map<String, DashboardUser> before = byId(users);
        Map<String, DashboardUser> after = byId(next);
        Set<String> added = new HashSet<>(after.keySet());
        added.removeAll(before.keySet());
        Set<String> removed = new HashSet<>(before.keySet());
        removed.removeAll(after.keySet());
        Set<String> changed = before.keySet().stream().filter(after::containsKey)
                .filter(id -> !sameAccess(before.get(id), after.get(id))).collect(Collectors.toSet());
        users.replaceWith(next);
        inForce = now.get();
        refused = null;
        Set<String> loggedOut = new HashSet<>(removed);
        loggedOut.addAll(changed);
        int ended = sessions.end(loggedOut);
        LOG.info("Users file {} reloaded: {} users; added {}, removed {}, changed {}; {} open sessions ended", file,
                after.size(), names(added), names(removed), names(changed), ended);
        events.publishEvent(new UsersFileReloaded(file.toString(), after.size(), Set.copyOf(added),
                Set.copyOf(removed), Set.copyOf(changed), ended, clock.instant()));
    }

    private void reject(String reason) {
        LOG.error("Users file {} changed but is not used: {}. The {} users read before stay in force until the file"
                + " is fixed.", file, LogSafe.text(reason), users.all().size());
        events.publishEvent(new UsersFileRejected(file.toString(), reason, clock.instant()));
    }

    /** Role, scope and password: what decides what someone may see (a new e-mail address or name does not). */
    private static boolean sameAccess(DashboardUser a, DashboardUser b) {
        return a.recipient().role() == b.recipient().role()
                && Objects.equals(a.recipient().scope(), b.recipient().scope())
                && a.passwordHash().equals(b.passwordHash());
    }

    private static Map<String, DashboardUser> byId(UserDirectory directory) {
        return directory.all().stream().collect(Collectors.toMap(DashboardUser::id, Function.identity()));
    }

    private static String names(Set<String> ids) {
        return ids.isEmpty() ? "none" : LogSafe.text(ids.stream().sorted().collect(Collectors.joining(", ")));
    }

    private static Optional<byte[]> digest(Path file) {
        try {
            return Optional.of(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
