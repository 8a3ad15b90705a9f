package in.eofficemonitor.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Values for the ClickHouse server-side parameters ({@code {name:Type}}) of a named query. They travel as
 * {@code param_<name>} URL parameters of the HTTP request, never inside the SQL text, and the server parses each
 * as its declared type — so a district id with a quote in it is a district id, not SQL.
 *
 * <p>Each value is turned into the text ClickHouse parses for its type: instants as
 * {@code yyyy-MM-dd HH:mm:ss.SSS} in Asia/Kolkata (declare them {@code DateTime64(3, 'Asia/Kolkata')} in the SQL),
 * dates as {@code yyyy-MM-dd}, booleans as 1/0, enums by name, strings with the escapes of ClickHouse's
 * "escaped" text format (backslash, tab, newline).
 */
public final class SqlParams {

    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, String> values = new LinkedHashMap<>();

    private SqlParams() {}

    public static SqlParams none() {
        return new SqlParams();
    }

    public static SqlParams of(String name, Object value) {
        return new SqlParams().and(name, value);
    }

    /** Adds (or replaces) a parameter. {@code null} is sent as ClickHouse's {@code \N} (declare the type Nullable). */
    public SqlParams and(String name, Object value) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a parameter name: " + name);
        }
        values.put(name, format(value));
        return this;
    }

    /** The parameters as the text values sent to the server. */
    public Map<String, String> asText() {
        return Collections.unmodifiableMap(values);
    }

    /** The text ClickHouse parses for a value of this Java type. */
    public static String format(Object value) {
        return switch (value) {
            case null -> "\\N";
            case String s -> escape(s);
            case Instant i -> DATE_TIME.format(i.atZone(IST));
            case ZonedDateTime z -> DATE_TIME.format(z.withZoneSameInstant(IST));
            case OffsetDateTime o -> DATE_TIME.format(o.atZoneSameInstant(IST));
            case LocalDateTime l -> DATE_TIME.format(l);
            case LocalDate d -> d.toString();
            case Boolean b -> b ? "1" : "0";
            case Enum<?> e -> escape(e.name());
            case Number n -> n.toString();
            default -> throw new IllegalArgumentException(
                    "No ClickHouse text form for a " + value.getClass().getName() + " parameter");
        };
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
