package in.eofficemonitor.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarehouseConfigTest {

    @Test
    void noUrlMeansTheEmbeddedWarehouseInData() {
        WarehouseConfig config = WarehouseConfig.fromUrl(null, Map.of());

        assertThat(config.isEmbedded()).isTrue();
        assertThat(config.dataDir()).isEqualTo(Path.of("data", "clickhouse"));
        assertThat(config.user()).isEqualTo("default");
    }

    @Test
    void embeddedWithADirectory() {
        WarehouseConfig config = WarehouseConfig.fromUrl("embedded:/srv/eoffice/ch", Map.of());

        assertThat(config.isEmbedded()).isTrue();
        assertThat(config.dataDir()).isEqualTo(Path.of("/srv/eoffice/ch"));
    }

    @Test
    void aServerUrlWithCredentialsAndClusterFromTheEnvironment() {
        WarehouseConfig config = WarehouseConfig.fromUrl(null, Map.of(
                WarehouseConfig.ENV_URL, "http://ch1:8123/eoffice",
                WarehouseConfig.ENV_USER, "monitor",
                WarehouseConfig.ENV_PASSWORD, "s3cret",
                WarehouseConfig.ENV_CLUSTER, "up"));

        assertThat(config.isEmbedded()).isFalse();
        assertThat(config.user()).isEqualTo("monitor");
        assertThat(config.password()).isEqualTo("s3cret");
        assertThat(config.cluster()).contains("up");
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void theCommandLineUrlWinsOverTheEnvironment() {
        assertThat(WarehouseConfig.fromUrl("http://a:1/x", Map.of(WarehouseConfig.ENV_URL, "http://b:2/y")).url())
                .isEqualTo("http://a:1/x");
    }

    @Test
    void aBadUrlFailsAtOnce() {
        assertThatThrownBy(() -> WarehouseConfig.fromUrl("mysql://x", Map.of())).hasMessageContaining("Not a ClickHouse URL");
    }
}
