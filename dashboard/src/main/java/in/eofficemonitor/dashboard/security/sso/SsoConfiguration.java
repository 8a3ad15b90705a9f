package in.eofficemonitor.dashboard.security.sso;

import in.eofficemonitor.dashboard.security.UserDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Single sign-on's parts. Spring Boot makes the {@link ClientRegistrationRepository} only when a provider is
 * configured (it reads the provider's discovery document from the issuer URI at start-up).
 */
@Configuration(proxyBeanMethods = false)
public class SsoConfiguration {

    @Bean
    UsersFileOidcUserService usersFileOidcUserService(UserDirectory users, MeterRegistry meters,
            ApplicationEventPublisher events,
            @Value("${eoffice.sso.user-name-claim:preferred_username}") String claim) {
        return new UsersFileOidcUserService(users, claim, meters, events::publishEvent);
    }

    @Bean
    SingleSignOn singleSignOn(ObjectProvider<ClientRegistrationRepository> registrations,
            UsersFileOidcUserService users) {
        return new SingleSignOn(Optional.ofNullable(registrations.getIfAvailable()), users);
    }
}
