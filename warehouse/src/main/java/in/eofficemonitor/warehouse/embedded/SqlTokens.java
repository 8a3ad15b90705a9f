package in.eofficemonitor.warehouse.embedded;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL the engine has rendered itself ({@code formatQuery}, {@code EXPLAIN AST}) into words, string literals
 * and symbols, so a clause is recognised as tokens and a string's contents are never mistaken for SQL.
 */
final class SqlTokens {

    enum Kind { WORD, STRING, QUOTED_NAME, SYMBOL }

    record Token(Kind kind, String text) {
        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }
    }

    private SqlTokens() {}

    static List<Token> of(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i) || c == '#') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (sql.startsWith("/*", i)) {
                i = endOfNestedComment(sql, i);
            } else if (c == '\'' || c == '`' || c == '"') {
                StringBuilder value = new StringBuilder();
                i = quoted(sql, i, value);
                tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED_NAME, value.toString()));
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$' || sql.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(start, i)));
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    /** ClickHouse nests block comments. */
    static int endOfNestedComment(String sql, int i) {
        int depth = 0;
        int n = sql.length();
        while (i < n) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    /** Reads a quoted string or name starting at {@code i} into {@code value}; returns the index after it. */
    private static int quoted(String sql, int i, StringBuilder value) {
        char quote = sql.charAt(i++);
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char e = sql.charAt(i + 1);
                i += 2;
                switch (e) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case '0' -> value.append('\0');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'x' -> {
                        try {
                            value.append((char) Integer.parseInt(sql.substring(i, Math.min(n, i + 2)), 16));
                            i += 2;
                        } catch (NumberFormatException notHex) {
                            value.append('x');
                        }
                    }
                    default -> value.append(e);
                }
            } else if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    value.append(quote);
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                value.append(c);
                i++;
            }
        }
        return n;
    }
}
