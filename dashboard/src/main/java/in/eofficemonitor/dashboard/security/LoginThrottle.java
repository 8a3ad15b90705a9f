package in.eofficemonitor.dashboard.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per user name and, separately, per client address, and says when an attempt is to be refused
 * ({@link LockoutSettings}). The two counts stop different attacks: one name guessed from many addresses, and many
 * names tried from one. A success clears the user name's count, not the address's (logging in to one's own account
 * must not reset a guessing run from that address). Refused attempts are not counted as failures, so a lock ends on
 * time however often it is knocked on. Memory: one small entry per name or address seen failing, dropped once its
 * window and any lock have passed. Reads the time from the injected clock only.
 */
public final class LoginThrottle {

    /** The count an attempt ran into. */
    public enum Limit { USER, ADDRESS }

    /** A refusal in force: which count, and until when. */
    public record Lock(Limit limit, Instant until) {}

    /** Keys longer than this are cut: a megabyte of user name is one entry of a hundred characters. */
    private static final int MAX_KEY = 100;
    private static final int PRUNE_ABOVE = 10_000;

    private final LockoutSettings settings;
    private final Clock clock;
    private final Map<String, Failures> users = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(LockoutSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The lock this attempt runs into, if any: the user name's first, then the address's. */
    public Optional<Lock> lockFor(String user, String address) {
        Instant now = clock.instant();
        return lock(users, userKey(user), Limit.USER, now).or(() -> lock(addresses, key(address), Limit.ADDRESS, now));
    }

    /** Records a failed attempt; answers the locks it starts (none, or the name's, the address's or both). */
    public List<Lock> failed(String user, String address) {
        Instant now = clock.instant();
        List<Lock> started = new ArrayList<>(2);
        fail(users, userKey(user), settings.perUser(), Limit.USER, now).ifPresent(started::add);
        fail(addresses, key(address), settings.perAddress(), Limit.ADDRESS, now).ifPresent(started::add);
        return started;
    }

    public void succeeded(String user) {
        users.remove(userKey(user));
    }

    private static Optional<Lock> lock(Map<String, Failures> map, String key, Limit limit, Instant now) {
        Failures f = map.get(key);
        return f == null ? Optional.empty() : f.lockedAt(now).map(until -> new Lock(limit, until));
    }

    private Optional<Lock> fail(Map<String, Failures> map, String key, int max, Limit limit, Instant now) {
        if (map.size() > PRUNE_ABOVE) {
            map.values().removeIf(f -> f.idle(now));
        }
        return map.computeIfAbsent(key, k -> new Failures()).add(now, max).map(until -> new Lock(limit, until));
    }

    private static String userKey(String user) {
        return key(user == null ? "" : user.trim().toLowerCase(Locale.ROOT));
    }

    private static String key(String value) {
        String v = value == null ? "" : value;
        return v.length() > MAX_KEY ? v.substring(0, MAX_KEY) : v;
    }

    /** The recent failures of one name or address, and the lock they started. */
    private final class Failures {
        private final ArrayDeque<Instant> recent = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        synchronized Optional<Instant> lockedAt(Instant now) {
            return now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
        }

        synchronized Optional<Instant> add(Instant now, int max) {
            Instant since = now.minus(settings.window());
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
                recent.removeFirst();
            }
            recent.addLast(now);
            if (recent.size() < max) {
                return Optional.empty();
            }
            recent.clear();
            lockedUntil = now.plus(settings.coolOff());
            return Optional.of(lockedUntil);
        }

        synchronized boolean idle(Instant now) {
            return !now.isBefore(lockedUntil) && (recent.isEmpty()
                    || !recent.peekLast().isAfter(now.minus(settings.window())));
        }
    }
}
