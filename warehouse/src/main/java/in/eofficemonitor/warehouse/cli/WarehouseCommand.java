package in.eofficemonitor.warehouse.cli;

import in.eofficemonitor.warehouse.embedded.EmbeddedWarehouse;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./eoffice-monitor warehouse run}: starts the embedded warehouse, says how to reach it,
 * and serves until Ctrl-C (a shutdown hook closes it cleanly).
 */
public final class WarehouseCommand {

    private WarehouseCommand() {}

    public static void main(String[] args) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "log4j2-warehouse.xml");
        }
        CommandMain.main("warehouse", args, a -> run(a, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.println(usage());
            return 0;
        }
        if (!args[0].equals("run")) {
            throw new UsageException("unknown sub-command '" + args[0] + "'; the one there is: warehouse run [options]");
        }
        EmbeddedWarehouse.Config config = parse(args, EmbeddedWarehouse.Config.defaults());
        EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("Stopping the embedded warehouse ...");
            warehouse.close();
            stopped.countDown();
        }, "warehouse-shutdown"));
        out.println(howToReach(warehouse));
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The options after {@code run}, applied to {@code config}. */
    static EmbeddedWarehouse.Config parse(String[] args, EmbeddedWarehouse.Config config) {
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            String value;
            int eq = option.indexOf('=');
            if (eq > 0) {
                value = option.substring(eq + 1);
                option = option.substring(0, eq);
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + option + " needs a value");
                }
                value = args[++i];
            }
            config = switch (option) {
                case "--data" -> config.withDataDir(Path.of(value));
                case "--port" -> config.withPort(parseNumber("--port", value));
                case "--bind" -> config.withBindAddress(value);
                case "--user" -> config.withCredentials(value, config.password());
                case "--password" -> config.withCredentials(config.user(), value);
                case "--pool-size" -> config.withPoolSize(parseNumber("--pool-size", value));
                case "--open-sources" -> config.withOpenSources(List.of(value.split(",")));
                case "--allow-origin" -> {
                    List<String> origins = new ArrayList<>(config.allowedOrigins());
                    origins.addAll(List.of(value.split(",")));
                    yield config.withAllowedOrigins(origins.stream().map(String::strip).filter(o -> !o.isEmpty())
                            .toList());
                }
                case "--max-body" -> config.withLimits(config.limits().withMaxBodyBytes(parseSize(option, value)));
                case "--max-decompressed" -> config.withLimits(
                        config.limits().withMaxDecompressedBytes(parseSize(option, value)));
                case "--max-query-text" -> config.withLimits(
                        config.limits().withMaxQueryTextBytes(parseSize(option, value)));
                case "--max-spill" -> config.withLimits(config.limits().withMaxSpillBytes(parseSize(option, value)));
                case "--max-memory-usage" -> config.withLimits(
                        config.limits().withMaxMemoryUsage(parseSize(option, value)));
                case "--max-execution-time" -> config.withLimits(
                        config.limits().withMaxExecutionSeconds(parseNumber(option, value)));
                case "--max-queued-requests" -> config.withLimits(
                        config.limits().withMaxQueuedRequests(parseNumber(option, value)));
                case "--max-sessions" -> config.withLimits(config.limits().withMaxSessions(parseNumber(option, value)));
                case "--read-timeout" -> config.withLimits(
                        config.limits().withReadTimeoutSeconds(parseNumber(option, value)));
                case "--idle-timeout" -> config.withLimits(
                        config.limits().withIdleTimeoutSeconds(parseNumber(option, value)));
                case "--warehouse" -> throw new IllegalArgumentException(
                        "--warehouse names a warehouse to use; this command starts the embedded one");
                default -> throw new IllegalArgumentException("unknown option " + option);
            };
        }
        return config;
    }

    /** Bytes, or with a binary suffix: 512K, 64M, 4G. */
    static long parseSize(String option, String value) {
        String v = value.strip().toUpperCase(java.util.Locale.ROOT);
        long unit = 1;
        if (v.endsWith("K") || v.endsWith("M") || v.endsWith("G")) {
            unit = switch (v.charAt(v.length() - 1)) {
                case 'K' -> 1L << 10;
                case 'M' -> 1L << 20;
                default -> 1L << 30;
            };
            v = v.substring(0, v.length() - 1);
        }
        try {
            return Math.multiplyExact(Long.parseLong(v.strip()), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(option + " must be a size such as 1048576, 512K, 64M or 4G, was '"
                    + value + "'");
        }
    }

    private static int parseNumber(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, was '" + value + "'");
        }
    }

    static String howToReach(EmbeddedWarehouse w) {
        String base = w.httpUri().toString();
        String auth = w.config().password().isEmpty() && w.config().user().equals("default")
                ? ""
                : " -u " + w.config().user() + ":****";
        return """
                Embedded warehouse running: ClickHouse %s (chDB) with data in %s
                  HTTP interface  %s
                  ping            curl%s %sping
                  query           curl%s %s --data-binary 'SELECT version()'
                  JDBC URL        %s   (user %s)
                  browser         %s?query=SELECT+version()
                  clickhouse-client speaks ClickHouse's native TCP protocol, which is not served here;
                  use any HTTP client of ClickHouse (JDBC/v2 drivers, clickhouse-connect, curl).
                Press Ctrl-C to stop.""".formatted(w.engineVersion(), w.dataDir(), base, auth, base, auth, base,
                w.jdbcUrl(), w.config().user(), base);
    }

    static String usage() {
        return """
                Usage: eoffice-monitor warehouse run [--data DIR] [--port N] [--bind ADDRESS]
                                                     [--user NAME] [--password SECRET] [--pool-size N]
                  --data       data directory (default ./data/clickhouse)
                  --port       HTTP port (default 8123; 0 picks a free one)
                  --bind       address to listen on (default 127.0.0.1; any other needs --password)
                  --user       user name clients must give (default 'default')
                  --password   password clients must give (default empty)
                  --pool-size  engine connections, i.e. statements running at once (default: cores, at least 4)
                Security and limits (docs/embedded-warehouse.md, "Security and limits"):
                  --open-sources LIST        sources clients may reach beyond the data directory, e.g. FILE,URL
                                             (default none; FILE then only inside DATA/user_files)
                  --allow-origin ORIGIN      web page origin allowed to call (repeatable; default none)
                  --max-body SIZE            request body on the wire (default 1G)
                  --max-decompressed SIZE    request body decompressed (default 4G)
                  --max-query-text SIZE      statement text held in memory (default 64M)
                  --max-spill SIZE           temporary files of all requests (default 8G)
                  --max-memory-usage SIZE    per query, default and ceiling (default half the RAM)
                  --max-execution-time SEC   per query, default and ceiling (default 1800)
                  --max-queued-requests N    waiting requests before 503 (default 256)
                  --max-sessions N           live session_id sessions (default 64)
                  --read-timeout SEC         time to send a whole request (default 300)
                  --idle-timeout SEC         idle keep-alive connection (default 30)""";
    }
}
