package in.eofficemonitor.dashboard.security;

import in.eofficemonitor.dashboard.security.LoginEvents.LoginFailed;
import in.eofficemonitor.dashboard.security.LoginEvents.LoginLockedOut;
import in.eofficemonitor.dashboard.security.LoginEvents.LoginRefused;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A user name and password checked only when neither the name nor the client address is locked out
 * ({@link LoginThrottle}); the outcome is recorded. A refusal does not look at the password at all (no BCrypt work
 * for a locked name), answers as a failed login does (the form shows its error, Basic gets 401), is counted in
 * {@code eoffice.logins.refused{limit=user|address, channel}} and logged at WARN with the name encoded
 * ({@link LogSafe}). Failed attempts are logged and counted in {@code eoffice.logins.failed{channel}} (a scrape's
 * Basic failures too). The client address is the request's remote address: behind a reverse proxy, the proxy's,
 * unless the container is told to trust forwarded headers.
 */
public final class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledAuthentication.class);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final String channel;
    private final MeterRegistry meters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle, String channel,
            MeterRegistry meters, ApplicationEventPublisher events, Clock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.channel = channel;
        this.meters = meters;
        this.events = events;
        this.clock = clock;
        for (LoginThrottle.Limit l : LoginThrottle.Limit.values()) {
            refusals(l);
        }
        failures();
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String user = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        var lock = throttle.lockFor(user, address);
        if (lock.isPresent()) {
            refusals(lock.get().limit()).increment();
            LOG.warn("Login refused ({}): user '{}' from {}: too many failed attempts for this {}, locked until {}",
                    channel, LogSafe.text(user), LogSafe.text(address), limitName(lock.get().limit()), lock.get().until());
            events.publishEvent(new LoginRefused(user, address, lock.get().limit(), lock.get().until(), channel,
                    clock.instant()));
            throw new LockedException("Too many failed attempts; try again later");
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            throttle.succeeded(user);
            return done;
        } catch (BadCredentialsException failed) {
            failures().increment();
            LOG.info("Login failed ({}): user '{}' from {}", channel, LogSafe.text(user), LogSafe.text(address));
            events.publishEvent(new LoginFailed(user, address, channel, clock.instant()));
            throttle.failed(user, address).forEach(started -> {
                LOG.warn("Locked out ({}): user '{}' from {}: too many failed attempts for this {}, until {}", channel,
                        LogSafe.text(user), LogSafe.text(address), limitName(started.limit()), started.until());
                events.publishEvent(new LoginLockedOut(user, address, started.limit(), started.until(), channel,
                        clock.instant()));
            });
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String limitName(LoginThrottle.Limit limit) {
        return limit == LoginThrottle.Limit.USER ? "user name" : "address";
    }

    private Counter refusals(LoginThrottle.Limit limit) {
        return Counter.builder("eoffice.logins.refused")
                .description("Login attempts refused unchecked because the user name or the address is locked out")
                .tag("limit", limit.name().toLowerCase(Locale.ROOT)).tag("channel", channel)
                .register(meters);
    }

    private Counter failures() {
        return Counter.builder("eoffice.logins.failed")
                .description("Login attempts with a wrong password or an unknown user name")
                .tag("channel", channel).register(meters);
    }
}
