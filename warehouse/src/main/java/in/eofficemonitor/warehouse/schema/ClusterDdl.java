package in.eofficemonitor.warehouse.schema;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a migration statement for a real ClickHouse cluster: {@code ON CLUSTER '<cluster>'} after the object
 * name of every DDL statement, and every {@code *MergeTree} engine replaced by its {@code Replicated*MergeTree}
 * form with the usual macros ({@code '/clickhouse/tables/{shard}/{database}/<table>', '{replica}'}), which the
 * servers fill from their {@code <macros>} configuration.
 *
 * <p>The migration files are written once, for a single server, and this is the only place that knows about
 * clusters: the embedded engine and a single server get the files verbatim. Statements other than DDL (an
 * {@code INSERT} seeding a table) pass unchanged; on a replicated table the insert replicates by itself.
 */
public final class ClusterDdl {

    private static final String NAME = "(?:`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)(?:\\.(?:`[^`]+`|[A-Za-z_][A-Za-z0-9_]*))?";
    private static final Pattern DDL_HEAD = Pattern.compile(
            "^(\\s*(?:--[^\\n]*\\n\\s*)*"
                    + "(?:CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:TABLE|(?:MATERIALIZED\\s+)?VIEW|DICTIONARY|DATABASE)"
                    + "(?:\\s+IF\\s+NOT\\s+EXISTS)?"
                    + "|ALTER\\s+TABLE|DROP\\s+(?:TABLE|VIEW|DICTIONARY|DATABASE)(?:\\s+IF\\s+EXISTS)?"
                    + "|TRUNCATE\\s+TABLE(?:\\s+IF\\s+EXISTS)?|RENAME\\s+TABLE)"
                    + "\\s+)(" + NAME + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_CLUSTER = Pattern.compile("\\bON\\s+CLUSTER\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGINE = Pattern.compile(
            "\\bENGINE\\s*=\\s*(?!Replicated)([A-Za-z]*)MergeTree\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLUSTER_NAME = Pattern.compile("[A-Za-z0-9_.{}\\-]+");

    private final String cluster;

    /** @param cluster the cluster name from the servers' {@code remote_servers}, or a macro such as {@code {cluster}} */
    public ClusterDdl(String cluster) {
        Objects.requireNonNull(cluster, "cluster");
        if (!CLUSTER_NAME.matcher(cluster).matches()) {
            throw new IllegalArgumentException("Not a cluster name: '" + cluster
                    + "' (letters, digits, _ . - and {macro} braces only)");
        }
        this.cluster = cluster;
    }

    public String cluster() {
        return cluster;
    }

    /** The statement as it must run on the cluster. */
    public String render(String statement) {
        Matcher head = DDL_HEAD.matcher(statement);
        if (!head.find()) {
            return statement;
        }
        String name = head.group(2);
        String rendered = statement;
        if (!ON_CLUSTER.matcher(statement).find()) {
            rendered = statement.substring(0, head.end()) + " ON CLUSTER '" + cluster + "'"
                    + statement.substring(head.end());
        }
        return replicate(rendered, unquotedTableName(name));
    }

    private static String replicate(String statement, String table) {
        Matcher engine = ENGINE.matcher(statement);
        if (!engine.find()) {
            return statement;
        }
        String family = engine.group(1);
        int afterName = engine.end();
        String args = "";
        int end = afterName;
        int open = skipSpaces(statement, afterName);
        if (open < statement.length() && statement.charAt(open) == '(') {
            int close = matchingParen(statement, open);
            args = statement.substring(open + 1, close).strip();
            end = close + 1;
        }
        String replicated = "ENGINE = Replicated" + family + "MergeTree('/clickhouse/tables/{shard}/{database}/"
                + table + "', '{replica}'" + (args.isEmpty() ? "" : ", " + args) + ")";
        return statement.substring(0, engine.start()) + replicated + statement.substring(end);
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int matchingParen(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' && (i == 0 || s.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced parentheses after ENGINE in: " + s);
    }

    private static String unquotedTableName(String name) {
        String last = name.contains(".") && !name.endsWith("`.")
                ? name.substring(name.lastIndexOf('.') + 1)
                : name;
        return last.replace("`", "");
    }
}
