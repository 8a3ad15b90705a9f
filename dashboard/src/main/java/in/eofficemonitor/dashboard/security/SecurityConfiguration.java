package in.eofficemonitor.dashboard.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import in.eofficemonitor.dashboard.layout.LoginView;
import in.eofficemonitor.dashboard.security.sso.SingleSignOn;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login against the users file (BCrypt hashes) and Vaadin's view access control (@RolesAllowed/@PermitAll on
 * the views); only the web font is open. The actuator endpoints have a chain of their own: the health probe is open,
 * everything else (the Prometheus scrape) needs a STATE user — by HTTP Basic, as a scraper sends it, or by the
 * session of a STATE user logged in to the dashboard. With an OpenID Connect provider configured, the dashboard's
 * chain also takes single sign-on ({@link SingleSignOn}).
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    /**
     * Basic authentication for scrapers goes through an authentication manager of its own, which publishes no
     * events: a scrape every 15 s must not count as a login in {@code eoffice.logins}.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
            AccessGuard guard, LoginThrottleConfiguration.ThrottledLogins logins) throws Exception {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        http.securityMatcher("/actuator/**")
                .authenticationManager(new ProviderManager(logins.wrap(provider, "basic")))
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("STATE"))
                .httpBasic(basic -> basic.authenticationEntryPoint(ActuatorAnswers::challenge))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable()) // read-only GET endpoints; nothing to forge
                .exceptionHandling(e -> e.authenticationEntryPoint(ActuatorAnswers::challenge)
                        .accessDeniedHandler((request, response, denied) -> {
                            guard.deniedEndpoint(request.getUserPrincipal() == null ? "?"
                                    : request.getUserPrincipal().getName(), request.getRequestURI());
                            ActuatorAnswers.forbidden(response);
                        }));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SingleSignOn sso) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/fonts/**").permitAll());
        sso.configure(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            sso.logoutSuccessHandler().ifPresent(vaadin::logoutSuccessHandler);
        });
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserDirectory users) {
        return name -> users.find(name).filter(DashboardUser::hasPassword) // single sign-on only: no password login
                .map(u -> User.withUsername(u.id()).password(u.passwordHash()).roles(u.recipient().role().name()).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** Logins and failed logins to the dashboard, counted for the Prometheus endpoint (both present from the start). */
    @Configuration
    static class LoginMetrics {
        private final MeterRegistry meters;

        LoginMetrics(MeterRegistry meters) {
            this.meters = meters;
            meters.counter("eoffice.logins", "outcome", "success");
            meters.counter("eoffice.logins", "outcome", "failure");
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
