package in.eofficemonitor.warehouse;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * Starts the embedded engine for a {@link WarehouseConfig} of {@code embedded}.
 *
 * <p>Bridge until branch {@code engine} is merged here: the engine's class
 * {@code in.eofficemonitor.warehouse.embedded.EmbeddedWarehouse} is called by its published API
 * ({@code Config.defaults().withDataDir(..).withPort(..).withCredentials(..)}, {@code start}, {@code jdbcUrl},
 * {@code close}) through reflection, so that this branch compiles before the engine lands. Replaced by direct
 * calls as soon as it is merged.
 */
final class EmbeddedEngine {

    record Started(ServerAddress address, AutoCloseable handle) {}

    private static final String ENGINE = "in.eofficemonitor.warehouse.embedded.EmbeddedWarehouse";

    private EmbeddedEngine() {}

    static Started start(WarehouseConfig config) {
        try {
            Class<?> engineClass = Class.forName(ENGINE);
            Class<?> configClass = Class.forName(ENGINE + "$Config");
            Object engineConfig = configClass.getMethod("defaults").invoke(null);
            engineConfig = configClass.getMethod("withDataDir", Path.class).invoke(engineConfig, config.dataDir());
            engineConfig = configClass.getMethod("withPort", int.class).invoke(engineConfig, config.embeddedPort());
            engineConfig = configClass.getMethod("withCredentials", String.class, String.class)
                    .invoke(engineConfig, config.user(), config.password());
            AutoCloseable engine = (AutoCloseable) engineClass.getMethod("start", configClass).invoke(null, engineConfig);
            Method jdbcUrl = engineClass.getMethod("jdbcUrl");
            try {
                return new Started(ServerAddress.parse((String) jdbcUrl.invoke(engine)), engine);
            } catch (RuntimeException | ReflectiveOperationException e) {
                engine.close();
                throw e;
            }
        } catch (ClassNotFoundException e) {
            throw new WarehouseException("The embedded engine is not on the class path (" + ENGINE + ")", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new WarehouseException("The embedded warehouse did not start: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new WarehouseException("The embedded warehouse did not start: " + e, e);
        }
    }
}
