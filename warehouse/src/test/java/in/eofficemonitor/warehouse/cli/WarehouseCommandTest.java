package in.eofficemonitor.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.eofficemonitor.warehouse.embedded.EmbeddedWarehouse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WarehouseCommandTest {

    private final EmbeddedWarehouse.Config base = new EmbeddedWarehouse.Config(Path.of("data", "clickhouse"),
            "127.0.0.1", 8123, "default", "", Path.of("libchdb.so"), 4);

    @Test
    void optionsOverrideTheDefaults() {
        EmbeddedWarehouse.Config c = WarehouseCommand.parse(new String[] {"run", "--data", "/srv/ch", "--port=9123",
                "--bind", "0.0.0.0", "--user", "monitor", "--password", "s3cret", "--pool-size", "2"}, base);
        assertThat(c.dataDir()).isEqualTo(Path.of("/srv/ch"));
        assertThat(c.port()).isEqualTo(9123);
        assertThat(c.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(c.user()).isEqualTo("monitor");
        assertThat(c.password()).isEqualTo("s3cret");
        assertThat(c.poolSize()).isEqualTo(2);
    }

    @Test
    void sourcesOriginsAndLimitsAreOptions() {
        EmbeddedWarehouse.Config c = WarehouseCommand.parse(new String[] {"run", "--open-sources", "file, url",
                "--allow-origin", "https://a.example", "--allow-origin=https://b.example", "--max-body", "512K",
                "--max-decompressed", "2G", "--max-query-text", "1048576", "--max-spill", "3M",
                "--max-memory-usage", "1G", "--max-execution-time", "60", "--max-queued-requests", "8",
                "--max-sessions", "3", "--read-timeout", "20", "--idle-timeout", "5"}, base);
        assertThat(c.openSources()).containsExactlyInAnyOrder("FILE", "URL");
        assertThat(c.allowedOrigins()).containsExactly("https://a.example", "https://b.example");
        assertThat(c.limits().maxBodyBytes()).isEqualTo(512 * 1024);
        assertThat(c.limits().maxDecompressedBytes()).isEqualTo(2L << 30);
        assertThat(c.limits().maxQueryTextBytes()).isEqualTo(1 << 20);
        assertThat(c.limits().maxSpillBytes()).isEqualTo(3 << 20);
        assertThat(c.limits().maxMemoryUsage()).isEqualTo(1L << 30);
        assertThat(c.limits().maxExecutionSeconds()).isEqualTo(60);
        assertThat(c.limits().maxQueuedRequests()).isEqualTo(8);
        assertThat(c.limits().maxSessions()).isEqualTo(3);
        assertThat(c.limits().readTimeoutSeconds()).isEqualTo(20);
        assertThat(c.limits().idleTimeoutSeconds()).isEqualTo(5);
        assertThatThrownBy(() -> WarehouseCommand.parse(new String[] {"run", "--open-sources", "gopher"}, base))
                .hasMessageContaining("unknown source 'gopher'");
        assertThatThrownBy(() -> WarehouseCommand.parse(new String[] {"run", "--max-body", "lots"}, base))
                .hasMessageContaining("--max-body must be a size");
    }

    @Test
    void noOptionsKeepTheDefaults() {
        assertThat(WarehouseCommand.parse(new String[] {"run"}, base)).isEqualTo(base);
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> WarehouseCommand.parse(new String[] {"run", "--colour", "x"}, base))
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> WarehouseCommand.parse(new String[] {"run", "--port", "eighty"}, base))
                .hasMessageContaining("--port must be a number");
        assertThatThrownBy(() -> WarehouseCommand.parse(new String[] {"run", "--data"}, base))
                .hasMessageContaining("needs a value");
    }
}
