package in.eofficemonitor.warehouse;

import in.eofficemonitor.warehouse.embedded.EmbeddedWarehouse;

/** Starts the embedded engine for a {@link WarehouseConfig} of {@code embedded}. */
final class EmbeddedEngine {

    record Started(ServerAddress address, AutoCloseable handle) {}

    private EmbeddedEngine() {}

    static Started start(WarehouseConfig config) {
        EmbeddedWarehouse engine = EmbeddedWarehouse.start(EmbeddedWarehouse.Config.defaults()
                .withDataDir(config.dataDir())
                .withPort(config.embeddedPort())
                .withCredentials(config.user(), config.password()));
        try {
            return new Started(ServerAddress.parse(engine.jdbcUrl()), engine);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }
}
