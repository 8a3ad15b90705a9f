package in.eofficemonitor.warehouse;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a ClickHouse server's HTTP interface is: scheme, host, port, database and the extra URL parameters
 * (driver options such as {@code compress=false}, or server settings). Parsed from either URL form people
 * paste: {@code jdbc:clickhouse://host:8123/db}, {@code jdbc:clickhouse:https://host:8443/db},
 * {@code jdbc:ch://…}, or plain {@code http(s)://host:port/db}.
 */
public record ServerAddress(boolean https, String host, int port, String database, Map<String, String> parameters) {

    public ServerAddress {
        parameters = Map.copyOf(parameters);
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("A ClickHouse URL needs a host");
        }
        if (database == null || database.isBlank()) {
            database = "default";
        }
    }

    public static ServerAddress parse(String url) {
        String rest = url.strip();
        boolean jdbc = false;
        for (String prefix : new String[] {"jdbc:clickhouse:", "jdbc:ch:"}) {
            if (rest.startsWith(prefix)) {
                rest = rest.substring(prefix.length());
                jdbc = true;
                break;
            }
        }
        if (rest.startsWith("//")) {
            rest = "http:" + rest;
        }
        if (!rest.startsWith("http://") && !rest.startsWith("https://")) {
            throw new IllegalArgumentException("Not a ClickHouse URL: '" + url + "'. Use embedded, embedded:DIR, "
                    + "jdbc:clickhouse://HOST:PORT/DATABASE or http(s)://HOST:PORT/DATABASE");
        }
        URI uri = URI.create(rest);
        Map<String, String> params = query(uri.getRawQuery());
        boolean https = "https".equals(uri.getScheme())
                || (jdbc && "true".equalsIgnoreCase(params.getOrDefault("ssl", "false")));
        int port = uri.getPort() > 0 ? uri.getPort() : (https ? 8443 : 8123);
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
        return new ServerAddress(https, uri.getHost(), port, path, params);
    }

    /** The root of the HTTP interface, e.g. {@code http://127.0.0.1:8123/}. */
    public String httpEndpoint() {
        return (https ? "https" : "http") + "://" + host + ":" + port + "/";
    }

    /** The URL for the official JDBC driver ({@code compress=false} unless the URL asked for compression). */
    public String jdbcUrl() {
        Map<String, String> params = new LinkedHashMap<>(parameters);
        params.putIfAbsent("compress", "false");
        String query = "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        return "jdbc:clickhouse:" + (https ? "https" : "http") + "://" + host + ":" + port + "/" + database + query;
    }

    /**
     * Whether the driver's own LZ4 block compression is on: only when the URL says {@code compress=true|1}. Off by
     * default because the embedded engine does not speak that format, and a report or dashboard moves little data;
     * turn it on for a real server across a slow network.
     */
    public boolean compress() {
        String value = parameters.getOrDefault("compress", "false");
        return value.equalsIgnoreCase("true") || value.equals("1");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isBlank()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }
}
