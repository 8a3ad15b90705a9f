package in.eofficemonitor.alerts.format;

import java.util.Collection;
import java.util.stream.Collectors;

/** The text form of an {@code Array(String)} server-side parameter: quotes and backslashes escaped in the literal. */
public final class ClickHouseArrays {

    private ClickHouseArrays() {}

    public static String literal(Collection<String> values) {
        return values.stream().map(v -> "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
