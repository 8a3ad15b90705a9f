package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigTest {

    private final EmbeddedWarehouse.Config loopback = new EmbeddedWarehouse.Config(Path.of("data", "clickhouse"),
            "127.0.0.1", 8123, "default", "", Path.of("libchdb.so"), 4);

    @Test
    void refusesANonLoopbackAddressWithoutAPassword() {
        assertThatThrownBy(() -> loopback.withBindAddress("0.0.0.0").checkExposure())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a password");
    }

    @Test
    void allowsANonLoopbackAddressWithAPassword() {
        assertThatCode(() -> loopback.withBindAddress("0.0.0.0").withCredentials("monitor", "s3cret").checkExposure())
                .doesNotThrowAnyException();
    }

    @Test
    void allowsLoopbackWithoutAPassword() {
        assertThatCode(loopback::checkExposure).doesNotThrowAnyException();
        assertThatCode(() -> loopback.withBindAddress("::1").checkExposure()).doesNotThrowAnyException();
    }

    @Test
    void rejectsImpossibleValues() {
        assertThatThrownBy(() -> loopback.withPort(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> loopback.withPoolSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> loopback.withCredentials(" ", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsServeDataClickhouseOnPort8123() {
        assertThat(loopback.dataDir()).isEqualTo(EmbeddedWarehouse.Config.DEFAULT_DATA_DIR);
        assertThat(EmbeddedWarehouse.Config.DEFAULT_PORT).isEqualTo(8123);
    }
}
