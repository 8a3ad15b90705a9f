package in.eofficemonitor.warehouse.embedded;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * External data, as ClickHouse's HTTP interface takes it: a form part named {@code <name>} holding a file, read
 * as {@code <name>_format} (TabSeparated unless given) with the columns of {@code <name>_structure} ("id UInt32,
 * office String") or {@code <name>_types} ("UInt32, String": columns {@code _1, _2, …}). The query reads it as the
 * table {@code <name>}: a temporary table on the request's connection, filled from the spooled part with
 * {@code FROM INFILE} as a spooled INSERT body is (the engine's file functions stay closed to clients) and dropped
 * once the query has run.
 */
record ExternalTable(String name, Spool spool, String format, String structure) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Column clauses that would have the engine evaluate an expression while loading the table. */
    private static final Set<String> EXPRESSION_CLAUSES = Set.of("default", "materialized", "alias", "ephemeral",
            "codec", "ttl");
    /** An empty table of the given columns: the engine parses the structure, no SQL is made of it. */
    private static final String CREATE = "CREATE TEMPORARY TABLE {external_name:Identifier} ENGINE = Memory AS"
            + " SELECT * FROM null({external_structure:String})";
    private static final String DROP = "DROP TEMPORARY TABLE IF EXISTS {external_name:Identifier}";

    /** The URL or form parameters that describe external data rather than being settings. */
    static boolean describes(String parameter, List<ExternalTable> tables) {
        for (String suffix : List.of("_structure", "_types", "_format")) {
            if (parameter.endsWith(suffix) && tables.stream().map(ExternalTable::name).anyMatch(
                    parameter.substring(0, parameter.length() - suffix.length())::equals)) {
                return true;
            }
        }
        return false;
    }

    static List<ExternalTable> of(Map<String, Spool> files, Map<String, String> params, ClickHouseErrors errors) {
        List<ExternalTable> tables = new ArrayList<>();
        for (var file : files.entrySet()) {
            String name = file.getKey();
            if (!NAME.matcher(name).matches()) {
                throw errors.error("BAD_ARGUMENTS", "External table name '" + name + "' is not a plain identifier");
            }
            String structure = params.get(name + "_structure");
            String types = params.get(name + "_types");
            if (structure == null && types == null) {
                throw errors.error("BAD_ARGUMENTS", "Neither structure nor types have been provided for external"
                        + " table " + name + ". Use fields " + name + "_structure or " + name + "_types to do so.");
            }
            String columns = structure != null ? structure : namedColumns(types);
            checkPlainColumns(name, columns, errors);
            String format = params.getOrDefault(name + "_format", "TabSeparated");
            if (!NAME.matcher(format).matches()) {
                throw errors.error("UNKNOWN_FORMAT", "Unknown format '" + format + "' for external table " + name);
            }
            tables.add(new ExternalTable(name, file.getValue(), format, columns));
        }
        return tables;
    }

    /** Fills the table on {@code c} for the statement that follows. */
    void load(ChdbConnection c) {
        c.query(CREATE.getBytes(StandardCharsets.UTF_8), "TabSeparated", Map.of("external_name", name,
                "external_structure", structure));
        // FROM INFILE, as spooled INSERT bodies: the engine reads our file, a client's SQL never names it.
        // The name and format are plain identifiers (checked above), the path is our own temporary file.
        String insert = new SqlText.InsertWithData("INSERT INTO " + SqlText.quoteIdentifier(name), format, 0)
                .fromFile(spool.file());
        c.query(insert.getBytes(StandardCharsets.UTF_8), "TabSeparated", Map.of());
    }

    /** Drops the table from {@code c}; false when that failed (the connection must not serve another request). */
    boolean drop(ChdbConnection c) {
        try {
            c.query(DROP.getBytes(StandardCharsets.UTF_8), "TabSeparated", Map.of("external_name", name));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** "UInt32, Map(String, UInt8)" as "_1 UInt32, _2 Map(String, UInt8)": commas inside brackets or quotes stay. */
    private static String namedColumns(String types) {
        StringBuilder out = new StringBuilder("_1 ");
        int depth = 0;
        int column = 1;
        boolean quoted = false;
        for (int i = 0; i < types.length(); i++) {
            char ch = types.charAt(i);
            if (quoted) {
                if (ch == '\\' && i + 1 < types.length()) {
                    out.append(ch).append(types.charAt(++i));
                    continue;
                }
                quoted = ch != '\'';
            } else if (ch == '\'') {
                quoted = true;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.append(", _").append(++column).append(' ');
                continue;
            }
            out.append(ch);
        }
        return out.toString();
    }

    /**
     * Names and types only, "name Type[(…)] [NULL | NOT NULL]" per column: a DEFAULT or similar clause would be
     * an expression the engine evaluates while it loads the file, and expressions belong in the query, where the
     * statement guard sees them. Inside a type's brackets (Tuple, Nested, Enum) no such clause either.
     */
    private static void checkPlainColumns(String name, String columns, ClickHouseErrors errors) {
        int depth = 0;
        int position = 0; // words of the current column outside brackets
        for (SqlTokens.Token t : SqlTokens.of(columns)) {
            boolean refused;
            if (t.kind() == SqlTokens.Kind.SYMBOL) {
                refused = switch (t.text()) {
                    case "(" -> depth++ == 0 && position != 2;
                    case ")" -> --depth < 0;
                    case "," -> {
                        position = depth == 0 ? 0 : position;
                        yield false;
                    }
                    case "=", "-" -> depth == 0;
                    default -> true;
                };
            } else if (depth > 0) {
                refused = t.kind() == SqlTokens.Kind.WORD
                        && EXPRESSION_CLAUSES.contains(t.text().toLowerCase(Locale.ROOT));
            } else {
                position++;
                refused = t.kind() == SqlTokens.Kind.STRING || position > 2
                        && !(t.isWord("NULL") || t.isWord("NOT"));
            }
            if (refused) {
                throw errors.error("BAD_ARGUMENTS", "The structure of external table " + name + " may hold only"
                        + " column names and types, not '" + t.text() + "'");
            }
        }
    }
}
