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
