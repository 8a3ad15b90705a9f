package in.eofficemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void aJdbcUrlGivesTheHttpEndpointAndDatabase() {
        ServerAddress a = ServerAddress.parse("jdbc:clickhouse://127.0.0.1:41234/default?compress=false");

        assertThat(a.httpEndpoint()).isEqualTo("http://127.0.0.1:41234/");
        assertThat(a.database()).isEqualTo("default");
        assertThat(a.compress()).isFalse();
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:clickhouse:http://127.0.0.1:41234/default?compress=false");
    }

    @Test
    void plainHttpsUrlsDefaultToThePort8443AndKeepTheDatabase() {
        ServerAddress a = ServerAddress.parse("https://ch.up.gov.in/eoffice");

        assertThat(a.httpEndpoint()).isEqualTo("https://ch.up.gov.in:8443/");
        assertThat(a.database()).isEqualTo("eoffice");
        assertThat(a.compress()).as("off unless asked for").isFalse();
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:clickhouse:https://ch.up.gov.in:8443/eoffice?compress=false");
        assertThat(ServerAddress.parse("http://ch:8123/x?compress=1").compress()).isTrue();
    }

    @Test
    void jdbcWithSslMeansHttpsAndNoDatabaseMeansDefault() {
        ServerAddress a = ServerAddress.parse("jdbc:ch://ch.local?ssl=true");

        assertThat(a.https()).isTrue();
        assertThat(a.port()).isEqualTo(8443);
        assertThat(a.database()).isEqualTo("default");
    }

    @Test
    void somethingElseIsAClearError() {
        assertThatThrownBy(() -> ServerAddress.parse("postgres://x/y")).hasMessageContaining("Not a ClickHouse URL");
    }
}
