package in.eofficemonitor.dashboard.security;

import java.time.Instant;

/**
 * What happens at the login doors that an audit trail records, published as Spring application events (the form
 * login and HTTP Basic on {@code /actuator/**} alike; {@code channel} says which: {@code form} or {@code basic}). The
 * user name is as typed (not yet encoded: whoever writes it out encodes it for its medium).
 */
public final class LoginEvents {

    private LoginEvents() {}

    /** A wrong password or an unknown name. Form failures are also Spring Security's own failure events. */
    public record LoginFailed(String user, String address, String channel, Instant at) {}

    /** This failure reached a limit: the name (or the address) is refused until {@code until}. */
    public record LoginLockedOut(String user, String address, LoginThrottle.Limit limit, Instant until,
            String channel, Instant at) {}

    /** An attempt refused unchecked because its name or address is locked out. */
    public record LoginRefused(String user, String address, LoginThrottle.Limit limit, Instant until,
            String channel, Instant at) {}
}
