package in.eofficemonitor.testidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server in this JVM, on 127.0.0.1 and a free port,
 * with a login form of its own. Its people have an IdP login name (the token's {@code sub}) and a
 * {@code preferred_username} that differs from it, as at a state's identity provider:
 * {@code kannauj.dm} → {@code dm-kannauj}, {@code chief.secretary} → {@code cs}, and {@code stranger} (whom no users
 * file lists). Each person's password is {@value #PASSWORD}. Kept outside the dashboard's packages so the
 * dashboard's component scan never picks it up.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String PASSWORD = "idp-secret-pass";
    public static final String CLIENT_ID = "e-office-monitor";
    public static final String CLIENT_SECRET = "client-secret-for-tests";
    static final Map<String, String> PREFERRED_USERNAMES = Map.of("kannauj.dm", "dm-kannauj", "chief.secretary", "cs",
            "stranger", "stranger");

    private final AnnotationConfigServletWebServerApplicationContext context;

    private TestIdentityProvider(AnnotationConfigServletWebServerApplicationContext context) {
        this.context = context;
    }

    public static TestIdentityProvider start() {
        AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();
        context.register(Provider.class);
        context.refresh();
        return new TestIdentityProvider(context);
    }

    public String issuer() {
        return "http://127.0.0.1:" + context.getWebServer().getPort();
    }

    /** Registers the dashboard as a client, with where it wants the code and where it comes back after logout. */
    public void registerClient(String redirectUri, String postLogoutRedirectUri) {
        context.getBean(Clients.class).save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri).postLogoutRedirectUri(postLogoutRedirectUri)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    @Override
    public void close() {
        context.close();
    }

    /** Clients registered while the provider runs (the dashboard's port is known only after the provider starts). */
    static final class Clients implements RegisteredClientRepository {
        private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();

        @Override
        public void save(RegisteredClient client) {
            byId.values().removeIf(c -> c.getClientId().equals(client.getClientId()));
            byId.put(client.getId(), client);
        }

        @Override
        public RegisteredClient findById(String id) {
            return byId.get(id);
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return byId.values().stream().filter(c -> c.getClientId().equals(clientId)).findFirst().orElse(null);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Provider {

        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
            factory.setAddress(InetAddress.getLoopbackAddress());
            // Cookies are per host, not per port: the dashboard on 127.0.0.1 must not see (or overwrite) this one.
            factory.getSettings().getSession().getCookie().setName("IDP_SESSION");
            // Without a servlet, Tomcat answers 404 before any filter (all of this server is Spring Security's filters).
            factory.setRegisterDefaultServlet(true);
            return factory;
        }

        /** The provider's own endpoints (authorize, token, user info, discovery, keys, logout). */
        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    // a browser that is not logged in at the provider goes to its login form
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    // the user-info endpoint is called with the access token
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()));
            return http.build();
        }

        /** Everything else: the provider's login form. */
        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService people() {
            InMemoryUserDetailsManager people = new InMemoryUserDetailsManager();
            PREFERRED_USERNAMES.keySet().forEach(name ->
                    people.createUser(User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build()));
            return people;
        }

        @Bean
        Clients clients() {
            return new Clients();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> preferredUsername() {
            return context -> {
                String preferred = PREFERRED_USERNAMES.get(context.getPrincipal().getName());
                if (preferred != null) {
                    context.getClaims().claim("preferred_username", preferred);
                }
            };
        }

        @Bean
        JWKSource<com.nimbusds.jose.proc.SecurityContext> keys() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /**
         * The provider's filters must see the same security context as the code that reads the static
         * {@link SecurityContextHolder} (its authorization request converter does). The dashboard, started in the same
         * JVM after the provider, replaces that static strategy with Vaadin's; a chain built with the strategy of the
         * moment would keep the logged-in person where the converter cannot see them ("OAuth 2.0 Parameter:
         * principal"). So the provider's chains ask the static holder on every call.
         */
        @Bean
        SecurityContextHolderStrategy currentStaticStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public Supplier<SecurityContext> getDeferredContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
                    SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        /** The user-info endpoint reads the access token with it. */
        @Bean
        JwtDecoder tokens(JWKSource<com.nimbusds.jose.proc.SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
