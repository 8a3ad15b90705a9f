package in.eofficemonitor.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Where the users come from, decided before anything starts (the app's own configuration, application.properties
 * and the command line, around an empty application so no warehouse opens): the bundled demo users only in the
 * demo — the embedded warehouse with the simulator — and then on 127.0.0.1; anything else needs a users file or an
 * identity provider, or does not start.
 */
class DemoDoorsTest {

    @Configuration(proxyBeanMethods = false)
    static class Nothing {}

    private static String addressOf(String... args) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Nothing.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(args)) {
            return app.getEnvironment().getProperty("server.address");
        }
    }

    @Test
    void aRealWarehouseWithoutAUsersFileRefusesToStartSayingWhatToSet() {
        assertThatThrownBy(() -> addressOf("--eoffice.warehouse.url=http://ch1:8123/eoffice"))
                .hasMessageContaining("eoffice.users-file").hasMessageContaining("issuer-uri");
    }

    @Test
    void theEmbeddedWarehouseWithoutTheSimulatorIsNoDemo() {
        assertThatThrownBy(() -> addressOf("--eoffice.pipeline.enabled=false"))
                .hasMessageContaining("eoffice.users-file");
    }

    @Test
    void aUsersFileOrAnIdentityProviderIsEnoughAndKeepsEveryInterface() {
        assertThat(addressOf("--eoffice.warehouse.url=http://ch1:8123/eoffice", "--eoffice.users-file=/etc/users.csv"))
                .isNull();
        assertThat(addressOf("--eoffice.warehouse.url=http://ch1:8123/eoffice",
                "--spring.security.oauth2.client.provider.parichay.issuer-uri=https://parichay.example/realms/up"))
                .isNull();
    }

    @Test
    void theDemoListensOnLoopbackUnlessToldOtherwise() {
        assertThat(addressOf()).isEqualTo("127.0.0.1");
        assertThat(addressOf("--server.address=0.0.0.0")).isEqualTo("0.0.0.0");
    }
}
