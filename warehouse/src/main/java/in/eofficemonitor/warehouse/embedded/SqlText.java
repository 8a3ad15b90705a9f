package in.eofficemonitor.warehouse.embedded;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little the HTTP front needs to know about a statement's text: its first keyword and {@code FORMAT} clause
 * in the engine's own rendering (to choose streaming and report the output format), and where the data of an
 * INSERT starts (to hand it to the engine as a file). What a statement may do is decided on the engine's parse
 * ({@link StatementGuard}), never here.
 */
final class SqlText {

    /** Statements that only read; their output can be streamed. */
    private static final Set<String> READING = Set.of("SELECT", "WITH", "SHOW", "DESC", "DESCRIBE", "EXISTS",
            "EXPLAIN");
    private SqlText() {}

    /** The first keyword, upper case, skipping white space, comments and opening parentheses. */
    static String firstKeyword(String sql) {
        int i = afterComments(sql, 0, true);
        int n = sql.length();
        int start = i;
        while (i < n && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        return sql.substring(start, i).toUpperCase(Locale.ROOT);
    }

    /**
     * Where the statement starts after white space and comments from {@code i} on (line comments {@code --} and
     * {@code #}, block comments nested as ClickHouse nests them), and opening parentheses when asked: the product's
     * own {@code .sql} files and many clients send a comment before the statement.
     */
    static int afterComments(String sql, int i, boolean parentheses) {
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || (parentheses && c == '(')) {
                i++;
            } else if (sql.startsWith("--", i) || c == '#') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (sql.startsWith("/*", i)) {
                i = SqlTokens.endOfNestedComment(sql, i);
            } else {
                break;
            }
        }
        return i;
    }

    static boolean isReading(String sql) {
        return READING.contains(firstKeyword(sql));
    }

    /** {@code INSERT INTO table [(columns)] FORMAT name}, the statement of an insert whose data follows it. */
    private static final String INSERT_WITH_FORMAT =
            "\\s*(INSERT\\s+INTO\\s+(?:TABLE\\s+)?[^\\s(]+\\s*(?:\\([^()]*\\))?)\\s*FORMAT\\s+([A-Za-z][A-Za-z0-9_]*)";
    private static final Pattern INSERT_STATEMENT = Pattern.compile("(?is)" + INSERT_WITH_FORMAT + "\\s*;?\\s*");
    /** The same at the start of a body, up to the one line break after which its data starts (as ClickHouse). */
    private static final Pattern INSERT_AHEAD_OF_DATA = Pattern.compile("(?is)" + INSERT_WITH_FORMAT + "[ \\t\\f]*\\r?\\n");

    /**
     * An INSERT whose data comes separately (the request body), in a format other than {@code Values} (which
     * the SQL parser reads as part of the statement).
     *
     * @param statement {@code INSERT INTO table [(columns)]}
     * @param dataOffset where the data starts, when statement and data came in one text
     */
    record InsertWithData(String statement, String format, int dataOffset) {
        /** The INSERT without its data, as the engine is asked to parse it. */
        String asStatement() {
            return statement + " FORMAT " + format;
        }

        /** The same INSERT reading its data from {@code file}. */
        String fromFile(java.nio.file.Path file) {
            return statement + " FROM INFILE " + quoteString(file.toAbsolutePath().toString()) + " FORMAT " + format;
        }
    }

    /** The INSERT of a query parameter whose data is the whole body. */
    static Optional<InsertWithData> insertWithData(String query) {
        Matcher m = INSERT_STATEMENT.matcher(query).region(afterComments(query, 0, false), query.length());
        return m.matches() && !m.group(2).equalsIgnoreCase("Values")
                ? Optional.of(new InsertWithData(m.group(1).strip(), m.group(2), 0))
                : Optional.empty();
    }

    /** The INSERT at the start of a body whose data follows it ({@code head} decoded one char per byte). */
    static Optional<InsertWithData> insertWithDataInBody(String head) {
        Matcher m = INSERT_AHEAD_OF_DATA.matcher(head).region(afterComments(head, 0, false), head.length());
        return m.lookingAt() && !m.group(2).equalsIgnoreCase("Values")
                ? Optional.of(new InsertWithData(m.group(1).strip(), m.group(2), m.end()))
                : Optional.empty();
    }

    /** {@code INSERT INTO table [(columns)] VALUES}: its data, the tuples, start right after the keyword. */
    private static final Pattern INSERT_AHEAD_OF_VALUES = Pattern.compile(
            "(?is)\\s*(INSERT\\s+INTO\\s+(?:TABLE\\s+)?[^\\s(]+\\s*(?:\\([^()]*\\))?)\\s*VALUES\\b");

    /** The INSERT … VALUES at the start of a statement text ({@code head} decoded one char per byte). */
    static Optional<InsertWithData> insertWithValues(String head) {
        Matcher m = INSERT_AHEAD_OF_VALUES.matcher(head).region(afterComments(head, 0, false), head.length());
        return m.lookingAt() ? Optional.of(new InsertWithData(m.group(1).strip(), "Values", m.end())) : Optional.empty();
    }

    /**
     * The output format of a statement the engine has rendered ({@code formatQuery}): its {@code FORMAT} clause
     * starts a line of its own there (a string or name holding a line break is rendered with it escaped), else
     * {@code defaultFormat}.
     */
    static Optional<String> renderedFormat(String rendered, String defaultFormat) {
        for (String line : rendered.split("\n")) {
            if (line.startsWith("FORMAT ")) {
                String name = line.substring("FORMAT ".length()).strip();
                return name.matches("[A-Za-z][A-Za-z0-9_]*") ? Optional.of(name) : Optional.empty();
            }
        }
        return Optional.of(defaultFormat);
    }

    /** A ClickHouse identifier quoted with backticks. */
    static String quoteIdentifier(String name) {
        return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`";
    }

    /** A ClickHouse string literal. */
    static String quoteString(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\0' -> sb.append("\\0");
                default -> sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }
}
