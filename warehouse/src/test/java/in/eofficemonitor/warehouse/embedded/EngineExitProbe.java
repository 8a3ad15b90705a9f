package in.eofficemonitor.warehouse.embedded;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * A separate JVM for {@link ProcessExitIT}: boots the engine on a data directory, then either writes
 * rows and leaves with {@code System.exit(status)} while the engine is still open, or prints how
 * many rows are there.
 */
final class EngineExitProbe {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        String mode = args[1];
        EmbeddedWarehouse engine = EmbeddedWarehouse.start(EmbeddedWarehouse.Config.defaults()
                .withDataDir(dataDir).withPort(0).withPoolSize(2));
        HttpClient http = HttpClient.newHttpClient();
        if (mode.equals("write")) {
            post(engine, http, "CREATE TABLE IF NOT EXISTS probe (n UInt64) ENGINE = MergeTree ORDER BY n");
            post(engine, http, "INSERT INTO probe SELECT number FROM numbers(1000)");
            System.exit(Integer.parseInt(args[2]));
        }
        System.out.println("rows=" + post(engine, http, "SELECT count() FROM probe").strip());
        engine.close();
        System.exit(0);
    }

    private static String post(EmbeddedWarehouse engine, HttpClient http, String sql) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(engine.httpUri())
                .POST(HttpRequest.BodyPublishers.ofString(sql)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(sql + ": " + r.body());
        }
        return r.body();
    }
}
