package in.eofficemonitor.warehouse.embedded;

import java.nio.file.Path;

/**
 * A separate JVM for {@link SlowClientIT}: the JDK's HTTP server reads its timeouts once per JVM, so a warehouse
 * with small ones needs a process of its own. Prints its port and serves for two minutes at most, or until it is
 * stopped (the warehouse detaches standard input, so that cannot be the signal).
 */
final class SlowClientProbe {

    public static void main(String[] args) throws Exception {
        int readTimeout = Integer.parseInt(args[1]);
        int idleTimeout = Integer.parseInt(args[2]);
        EmbeddedWarehouse engine = EmbeddedWarehouse.start(EmbeddedWarehouse.Config.defaults()
                .withDataDir(Path.of(args[0])).withPort(0).withPoolSize(1)
                .withLimits(Limits.defaults().withReadTimeoutSeconds(readTimeout)
                        .withIdleTimeoutSeconds(idleTimeout)));
        System.out.println("port=" + engine.httpUri().getPort());
        System.out.flush();
        Thread.sleep(120_000);
        engine.close();
        System.exit(0);
    }
}
