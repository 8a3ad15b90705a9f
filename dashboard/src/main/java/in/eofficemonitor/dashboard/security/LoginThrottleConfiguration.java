package in.eofficemonitor.dashboard.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Guessing stopped at both password doors with one {@link LoginThrottle}, so splitting guesses between the form and
 * Basic gains nothing. The form login's provider is the app's one {@link AuthenticationProvider} bean, which Spring
 * Security makes the password check of every chain (rather than a provider of its own built from the
 * {@link UserDetailsService}); the actuator chain wraps its own provider with {@link #wrap}.
 */
@Configuration(proxyBeanMethods = false)
public class LoginThrottleConfiguration {

    @Bean
    LockoutSettings lockoutSettings(@Value("${eoffice.login.lockout.per-user:5}") int perUser,
            @Value("${eoffice.login.lockout.per-address:30}") int perAddress,
            @Value("${eoffice.login.lockout.window:15m}") Duration window,
            @Value("${eoffice.login.lockout.cool-off:15m}") Duration coolOff) {
        return new LockoutSettings(perUser, perAddress, window, coolOff);
    }

    @Bean
    LoginThrottle loginThrottle(LockoutSettings settings, Clock clock) {
        return new LoginThrottle(settings, clock);
    }

    @Bean
    ThrottledLogins throttledLogins(LoginThrottle throttle, MeterRegistry meters, ApplicationEventPublisher events,
            Clock clock) {
        return new ThrottledLogins(throttle, meters, events, clock);
    }

    @Bean
    AuthenticationProvider formLogins(ThrottledLogins logins, UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return logins.wrap(passwords, "form");
    }

    /** Wraps a password check of a channel ({@code form}, {@code basic}) in the shared throttle. */
    public record ThrottledLogins(LoginThrottle throttle, MeterRegistry meters, ApplicationEventPublisher events,
            Clock clock) {
        public AuthenticationProvider wrap(AuthenticationProvider passwords, String channel) {
            return new ThrottledAuthentication(passwords, throttle, channel, meters, events, clock);
        }
    }
}
