package in.eofficemonitor.warehouse.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration file into statements. The house rule (BRIEF) is that a statement ends with {@code ;} at
 * the end of a line, which keeps this free of an SQL parser: semicolons inside a line (in a string literal or a
 * comment) never split. Lines that are only a {@code --} comment never end a statement, and chunks that hold
 * nothing but comments and blank lines are dropped.
 */
public final class SqlStatements {

    private SqlStatements() {}

    public static List<String> split(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            String trimmed = line.strip();
            boolean commentOnly = trimmed.startsWith("--");
            if (!commentOnly && trimmed.endsWith(";")) {
                current.append(line, 0, line.lastIndexOf(';'));
                add(statements, current);
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder chunk) {
        String statement = chunk.toString().strip();
        if (hasCode(statement)) {
            statements.add(statement);
        }
    }

    private static boolean hasCode(String chunk) {
        for (String line : chunk.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("--")) {
                return true;
            }
        }
        return false;
    }
}
