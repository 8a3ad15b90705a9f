package in.eofficemonitor.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The named queries: {@code sql/<feature>/<name>.sql} class-path resources, read once and cached. A query is
 * named by its path below {@code sql/} without the extension, e.g. {@code pendency/by_desk}.
 */
public final class SqlResources {

    private static final Pattern QUERY_NAME = Pattern.compile("[a-z0-9_\\-]+(/[a-z0-9_\\-]+)+");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SqlResources() {}

    public static String load(String name) {
        if (!QUERY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a query name (feature/name, lower case): " + name);
        }
        return CACHE.computeIfAbsent(name, SqlResources::read);
    }

    private static String read(String name) {
        String resource = "sql/" + name + ".sql";
        try (InputStream in = SqlResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No query resource " + resource + " on the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            // One statement per file; a trailing ';' would make the server see an empty second statement.
            return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
