package in.eofficemonitor.dashboard.security.tls;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What the dashboard adds to HTTPS beyond Spring Boot's {@code server.ssl.*} and forwarded-header settings: HSTS on
 * every secure answer, ahead of every other filter. The session cookie's flags are set in application.properties
 * ({@code server.servlet.session.cookie.*}); the container marks it Secure on HTTPS requests.
 */
@Configuration(proxyBeanMethods = false)
public class TlsConfiguration {

    @Bean
    FilterRegistrationBean<StrictTransportSecurity> strictTransportSecurity() {
        FilterRegistrationBean<StrictTransportSecurity> registration =
                new FilterRegistrationBean<>(new StrictTransportSecurity());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
