package in.eofficemonitor.dashboard.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import in.eofficemonitor.dashboard.layout.LoginView;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login against the users file (BCrypt hashes), Vaadin's view access control (@RolesAllowed/@PermitAll on
 * the views) and the metrics endpoint behind login; only the web font and the health probe are open.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/fonts/**", "/actuator/health").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserDirectory users) {
        return name -> users.find(name)
                .map(u -> User.withUsername(u.id()).password(u.passwordHash()).roles(u.recipient().role().name()).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** Logins and failed logins, counted for the Prometheus endpoint. */
    @Configuration
    static class LoginMetrics {
        private final MeterRegistry meters;

        LoginMetrics(MeterRegistry meters) {
            this.meters = meters;
        }

        @EventListener
        void success(AuthenticationSuccessEvent event) {
            meters.counter("eoffice.logins", "outcome", "success").increment();
        }

        @EventListener
        void failure(AbstractAuthenticationFailureEvent event) {
            meters.counter("eoffice.logins", "outcome", "failure").increment();
        }
    }
}
