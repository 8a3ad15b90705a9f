package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private final ClickHouseErrors errors = new ClickHouseErrors(Map.of("AUTHENTICATION_FAILED", 516));
    private final Credentials monitor = new Credentials("monitor", "s3cret");

    private static Headers headers(String... nameValues) {
        Headers h = new Headers();
        for (int i = 0; i < nameValues.length; i += 2) {
            h.add(nameValues[i], nameValues[i + 1]);
        }
        return h;
    }

    @Test
    void acceptsEachOfClickHousesThreeWays() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("monitor:s3cret".getBytes(StandardCharsets.UTF_8));
        assertThat(monitor.authenticate(headers("Authorization", basic), Map.of(), errors)).isEqualTo("monitor");
        assertThat(monitor.authenticate(headers("X-ClickHouse-User", "monitor", "X-ClickHouse-Key", "s3cret"),
                Map.of(), errors)).isEqualTo("monitor");
        assertThat(monitor.authenticate(headers(), Map.of("user", "monitor", "password", "s3cret"), errors))
                .isEqualTo("monitor");
    }

    @Test
    void noCredentialsMeansDefaultWithAnEmptyPassword() {
        assertThat(new Credentials("default", "").authenticate(headers(), Map.of(), errors)).isEqualTo("default");
        assertThatThrownBy(() -> monitor.authenticate(headers(), Map.of(), errors))
                .isInstanceOfSatisfying(ChdbException.class, e -> assertThat(e.code()).isEqualTo(516))
                .hasMessageContaining("default: Authentication failed");
    }

    @Test
    void refusesAWrongPasswordAndTwoWaysAtOnce() {
        assertThatThrownBy(() -> monitor.authenticate(headers(), Map.of("user", "monitor", "password", "x"), errors))
                .isInstanceOfSatisfying(ChdbException.class, e -> assertThat(e.code()).isEqualTo(516));
        assertThatThrownBy(() -> monitor.authenticate(headers("X-ClickHouse-User", "monitor", "X-ClickHouse-Key",
                        "s3cret"), Map.of("user", "monitor", "password", "s3cret"), errors))
                .isInstanceOf(ChdbException.class);
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(monitor.toString()).doesNotContain("s3cret");
    }
}
