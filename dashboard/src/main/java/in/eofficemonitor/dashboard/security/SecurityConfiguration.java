package in.eofficemonitor.dashboard.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import in.eofficemonitor.dashboard.security.ui.LoginView;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/fonts/**", "/actuator/health", "/actuator/health/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(Users users) {
        return username -> users.byId(username)
                .flatMap(r -> users.passwordHash(r.id())
                        .map(hash -> User.withUsername(r.id()).password(hash)
                                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + r.role().name())))
                                .build()))
                .orElseThrow(() -> new UsernameNotFoundException("no dashboard user " + username));
    }

    @Bean
    LoginCounters loginCounters(MeterRegistry registry) {
        return new LoginCounters(registry);
    }

    /** Counts logins and failed logins for the metrics endpoint. */
    public static final class LoginCounters {
        private final MeterRegistry registry;

        LoginCounters(MeterRegistry registry) {
            this.registry = registry;
        }

        @EventListener
        public void onSuccess(AuthenticationSuccessEvent event) {
            registry.counter("eoffice.logins", "outcome", "success").increment();
        }

        @EventListener
        public void onFailure(AbstractAuthenticationFailureEvent event) {
            registry.counter("eoffice.logins", "outcome", "failure").increment();
        }
    }
}
