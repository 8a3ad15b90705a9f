package in.eofficemonitor.warehouse.embedded;

import java.util.Map;
import java.util.Set;

/**
 * ClickHouse error codes the HTTP front raises itself, and the HTTP status ClickHouse's own server
 * answers for a code (its {@code exceptionCodeToHTTPStatus}); everything else is 500. Codes are
 * resolved by name from the engine's {@code system.error_codes} at start, so the numbers are the
 * engine's, not copied tables.
 */
final class ClickHouseErrors {
    static final int UNKNOWN_EXCEPTION = 1002;

    private static final Set<String> UNAUTHORIZED = Set.of("REQUIRED_PASSWORD");
    private static final Set<String> FORBIDDEN = Set.of("UNKNOWN_USER", "WRONG_PASSWORD", "AUTHENTICATION_FAILED",
            "SET_NON_GRANTED_ROLE", "ACCESS_DENIED");
    private static final Set<String> BAD_REQUEST = Set.of("BAD_ARGUMENTS", "CANNOT_COMPILE_REGEXP",
            "CANNOT_PARSE_TEXT", "CANNOT_PARSE_ESCAPE_SEQUENCE", "CANNOT_PARSE_QUOTED_STRING", "CANNOT_PARSE_DATE",
            "CANNOT_PARSE_DATETIME", "CANNOT_PARSE_NUMBER", "CANNOT_PARSE_DOMAIN_VALUE_FROM_STRING",
            "CANNOT_PARSE_IPV4", "CANNOT_PARSE_IPV6", "CANNOT_PARSE_INPUT_ASSERTION_FAILED", "CANNOT_PARSE_UUID",
            "DUPLICATE_COLUMN", "ILLEGAL_COLUMN", "UNKNOWN_ELEMENT_IN_AST", "UNKNOWN_TYPE_OF_AST_NODE",
            "THERE_IS_NO_COLUMN", "TOO_DEEP_AST", "TOO_BIG_AST", "UNEXPECTED_AST_STRUCTURE", "SYNTAX_ERROR",
            "INCORRECT_DATA", "TYPE_MISMATCH", "VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE",
            "CANNOT_DECOMPRESS");
    private static final Set<String> NOT_FOUND = Set.of("UNKNOWN_TABLE", "UNKNOWN_FUNCTION", "UNKNOWN_IDENTIFIER",
            "UNKNOWN_TYPE", "UNKNOWN_STORAGE", "UNKNOWN_DATABASE", "UNKNOWN_SETTING", "UNKNOWN_DIRECTION_OF_SORTING",
            "UNKNOWN_AGGREGATE_FUNCTION", "UNKNOWN_FORMAT", "UNKNOWN_DATABASE_ENGINE", "UNKNOWN_TYPE_OF_QUERY",
            "UNKNOWN_ROLE");
    private static final Map<String, Integer> OTHER_STATUS = Map.ofEntries(
            Map.entry("QUERY_IS_TOO_LARGE", 413),
            Map.entry("NOT_IMPLEMENTED", 501),
            Map.entry("SOCKET_TIMEOUT", 503),
            Map.entry("CANNOT_OPEN_FILE", 503),
            Map.entry("HTTP_LENGTH_REQUIRED", 411),
            Map.entry("TIMEOUT_EXCEEDED", 408),
            Map.entry("CANNOT_SCHEDULE_TASK", 503),
            Map.entry("UNSUPPORTED_MEDIA_TYPE", 415),
            // The embedded warehouse's own limits: busy is "try again later", not a failure of the request.
            Map.entry("TOO_MANY_SIMULTANEOUS_QUERIES", 503),
            Map.entry("TOO_LARGE_SIZE_COMPRESSED", 413),
            Map.entry("NOT_ENOUGH_SPACE", 507),
            Map.entry("SETTING_CONSTRAINT_VIOLATION", 400));

    private final Map<Integer, String> namesByCode;
    private final Map<String, Integer> codesByName;

    ClickHouseErrors(Map<String, Integer> codesByName) {
        this.codesByName = Map.copyOf(codesByName);
        this.namesByCode = new java.util.HashMap<>();
        codesByName.forEach((name, code) -> namesByCode.put(code, name));
    }

    /** Reads the engine's own table of error codes. */
    static ClickHouseErrors loadFrom(ChdbConnection connection) {
        // chDB has no system.error_codes table, but it has errorCodeToName().
        String text = connection.queryText("SELECT errorCodeToName(toUInt32(number)) AS name, number"
                + " FROM numbers(2000) WHERE name != ''");
        Map<String, Integer> codes = new java.util.HashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                codes.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
            }
        }
        return new ClickHouseErrors(codes);
    }

    int code(String name) {
        Integer code = codesByName.get(name);
        if (code == null) {
            throw new IllegalArgumentException("the engine has no error code " + name);
        }
        return code;
    }

    String name(int code) {
        return namesByCode.getOrDefault(code, "UNKNOWN_EXCEPTION");
    }

    int httpStatus(int code) {
        String name = name(code);
        if (UNAUTHORIZED.contains(name)) {
            return 401;
        }
        if (FORBIDDEN.contains(name)) {
            return 403;
        }
        if (BAD_REQUEST.contains(name)) {
            return 400;
        }
        if (NOT_FOUND.contains(name)) {
            return 404;
        }
        return OTHER_STATUS.getOrDefault(name, 500);
    }

    /** An error raised by the HTTP front, worded as the engine words its own. */
    ChdbException error(String name, String message) {
        int code = code(name);
        return new ChdbException(code, "Code: " + code + ". DB::Exception: " + message + ". (" + name + ")");
    }
}
