package in.eofficemonitor.warehouse.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the engine itself lets its one user (the HTTP interface's clients) do, written as ClickHouse server
 * configuration that chDB reads at boot ({@code --config-file}, whose {@code users_config} chDB honours: grants,
 * the settings profile and its constraints). Every privilege the product uses is granted; the sources that reach
 * beyond the data directory (files, URLs, other servers, S3, …) are not, so the engine refuses {@code file()},
 * {@code url()}, {@code remote()}, the {@code File}/{@code URL}/… engines and the like with {@code ACCESS_DENIED}
 * unless the operator opens them. Per-query memory and time get defaults and ceilings a client cannot raise.
 */
final class EngineAccess {

    /** ClickHouse's source privileges, and the table engines that use each (granted along with it when opened). */
    static final Map<String, Set<String>> SOURCES = Map.ofEntries(
            Map.entry("FILE", Set.of("File")),
            Map.entry("URL", Set.of("URL")),
            Map.entry("REMOTE", Set.of("Distributed")),
            Map.entry("S3", Set.of("S3")),
            Map.entry("HDFS", Set.of("HDFS")),
            Map.entry("MYSQL", Set.of("MySQL")),
            Map.entry("POSTGRES", Set.of("PostgreSQL")),
            Map.entry("MONGO", Set.of("MongoDB")),
            Map.entry("REDIS", Set.of("Redis")),
            Map.entry("SQLITE", Set.of("SQLite")),
            Map.entry("ODBC", Set.of("ODBC")),
            Map.entry("JDBC", Set.of("JDBC")),
            Map.entry("AZURE", Set.of("AzureBlobStorage")),
            Map.entry("KAFKA", Set.of("Kafka")),
            Map.entry("NATS", Set.of("NATS")),
            Map.entry("RABBITMQ", Set.of("RabbitMQ")),
            Map.entry("HIVE", Set.of("Hive")));
    /**
     * Not a ClickHouse privilege: dictionaries whose source runs a command ({@code EXECUTABLE}), which chDB allows
     * from DDL (a server does not). Opened only on purpose.
     */
    static final String EXECUTABLE = "EXECUTABLE";

    /**
     * Everything the product and ordinary clients need; no source, no BACKUP, no INTROSPECTION, no CLUSTER, and of
     * SYSTEM only flushing, merges and caches: {@code SYSTEM SHUTDOWN} sends SIGTERM to the whole process group
     * (the JVM with the dashboard, the jobs and the mails), {@code SYSTEM RELOAD CONFIG} would re-read the grants.
     */
    private static final String BASE_GRANT = "GRANT SHOW, SELECT, INSERT, ALTER, CREATE, DROP, UNDROP TABLE, TRUNCATE,"
            + " OPTIMIZE, CHECK, KILL QUERY, SYSTEM FLUSH, SYSTEM MERGES, SYSTEM DROP CACHE, dictGet ON *.*";

    private EngineAccess() {}

    /** The sources named by an operator, upper case, checked against the known ones. */
    static Set<String> sources(java.util.Collection<String> names) {
        Set<String> result = new TreeSet<>();
        for (String n : names) {
            String s = n.strip().toUpperCase(Locale.ROOT);
            if (s.isEmpty()) {
                continue;
            }
            if (!SOURCES.containsKey(s) && !s.equals(EXECUTABLE)) {
                throw new IllegalArgumentException("unknown source '" + n + "'; known: " + new TreeSet<>(SOURCES.keySet())
                        + " and " + EXECUTABLE);
            }
            result.add(s);
        }
        return result;
    }

    /** The user_files directory: the one place file-reading and -writing statements may reach. */
    static Path userFiles(Path dataDir) {
        return dataDir.resolve("user_files");
    }

    /**
     * Writes the engine's configuration under {@code dataDir} (rewritten at every start, so it always says what
     * this start was told) and returns the {@code --config-file} to boot with.
     */
    static Path write(Path dataDir, Set<String> openSources, Limits limits) {
        try {
            Files.createDirectories(userFiles(dataDir));
            Files.createDirectories(dataDir.resolve("user_scripts"));
            Path dir = Files.createDirectories(dataDir.resolve("engine-config"));
            Path users = dir.resolve("users.xml");
            Files.writeString(users, usersXml(openSources, limits), StandardCharsets.UTF_8);
            Path config = dir.resolve("config.xml");
            Files.writeString(config, "<clickhouse>\n"
                    + "  <user_files_path>" + xml(userFiles(dataDir).toAbsolutePath() + "/") + "</user_files_path>\n"
                    + "  <user_scripts_path>" + xml(dataDir.resolve("user_scripts").toAbsolutePath() + "/")
                    + "</user_scripts_path>\n"
                    + "  <users_config>" + xml(users.toAbsolutePath().toString()) + "</users_config>\n"
                    + "</clickhouse>\n", StandardCharsets.UTF_8);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the engine configuration under " + dataDir, e);
        }
    }

    static String usersXml(Set<String> openSources, Limits limits) {
        StringBuilder grants = new StringBuilder("        <query>" + BASE_GRANT + "</query>\n");
        for (String source : openSources) {
            if (source.equals(EXECUTABLE)) {
                continue;
            }
            grants.append("        <query>GRANT READ, WRITE ON ").append(source).append("</query>\n");
            for (String engine : SOURCES.get(source)) {
                grants.append("        <query>GRANT TABLE ENGINE ON ").append(engine).append("</query>\n");
            }
        }
        // A ceiling of 0 would read as "no limit", so a client may lower a limit, never lift it.
        return "<clickhouse>\n"
                + "  <users>\n"
                + "    <default>\n"
                + "      <password></password>\n"
                + "      <networks><ip>::/0</ip></networks>\n"
                + "      <profile>default</profile>\n"
                + "      <quota>default</quota>\n"
                + "      <grants>\n" + grants + "      </grants>\n"
                + "    </default>\n"
                + "  </users>\n"
                + "  <profiles>\n"
                + "    <default>\n"
                + "      <max_memory_usage>" + limits.maxMemoryUsage() + "</max_memory_usage>\n"
                + "      <max_execution_time>" + limits.maxExecutionSeconds() + "</max_execution_time>\n"
                + "      <constraints>\n"
                + "        <max_memory_usage><min>1</min><max>" + limits.maxMemoryUsage() + "</max></max_memory_usage>\n"
                + "        <max_execution_time><min>0.001</min><max>" + limits.maxExecutionSeconds()
                + "</max></max_execution_time>\n"
                // Statements are checked as ClickHouse SQL; another dialect would run them as something else.
                + "        <dialect><const/></dialect>\n"
                + "      </constraints>\n"
                + "    </default>\n"
                + "  </profiles>\n"
                + "  <quotas><default/></quotas>\n"
                + "</clickhouse>\n";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
