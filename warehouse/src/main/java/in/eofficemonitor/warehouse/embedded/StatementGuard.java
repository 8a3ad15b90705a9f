package in.eofficemonitor.warehouse.embedded;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, on the engine's own parse of a client's statement, what the engine's grants cannot: the statement is
 * one statement (chDB would run a script of several; a server refuses them), and it reaches no host file or
 * command through what chDB lets its user do anyway — {@code INTO OUTFILE} / {@code FROM INFILE} (carried out by
 * chDB's client side), the {@code file()} function, dictionary sources, and a client resetting a limited setting
 * to {@code DEFAULT} (which skips the profile's constraints).
 *
 * <p>The engine renders the statement with {@code formatQuery} (refusing several statements as a server does) and
 * describes it with {@code EXPLAIN AST}; only that rendering is ever run, so what was checked is what runs.
 */
final class StatementGuard {

    /** The engine's own text of the one statement, and the kind of its syntax tree's root. */
    record Checked(String sql, String kind, boolean insertWithInlineData) {
        /** What ClickHouse's readonly=2 still lets through: reading, SET and USE. */
        boolean onlyReads() {
            return kind.startsWith("Select") || kind.startsWith("Show") || kind.startsWith("Describe")
                    || kind.startsWith("Exists") || kind.equals("Explain") || kind.equals("Set")
                    || kind.equals("UseQuery");
        }
    }

    /** Settings with a ceiling in the engine's profile; {@code = DEFAULT} would lift it. */
    private static final Set<String> LIMITED_SETTINGS = Set.of("max_memory_usage", "max_execution_time");
    /** Dictionary sources, and the source that must be opened for each; NULL reaches nothing. */
    private static final Map<String, String> DICTIONARY_SOURCES = Map.ofEntries(
            Map.entry("file", "FILE"), Map.entry("yamlregexptree", "FILE"), Map.entry("http", "URL"),
            Map.entry("https", "URL"), Map.entry("clickhouse", "REMOTE"), Map.entry("mysql", "MYSQL"),
            Map.entry("postgresql", "POSTGRES"), Map.entry("mongodb", "MONGO"), Map.entry("redis", "REDIS"),
            Map.entry("odbc", "ODBC"), Map.entry("jdbc", "JDBC"), Map.entry("cassandra", "REMOTE"),
            Map.entry("hdfs", "HDFS"), Map.entry("executable", EngineAccess.EXECUTABLE),
            Map.entry("executable_pool", EngineAccess.EXECUTABLE));
    private static final String STATEMENT_PARAMETER = "eoffice_statement";

    /** Statements up to this long have their verdict remembered (a dashboard sends the same text again and again). */
    private static final int CACHED_TEXT_CHARS = 16 * 1024;
    private static final int CACHED_STATEMENTS = 512;

    private final ClickHouseErrors errors;
    private final Path userFiles;
    private final Set<String> openSources;
    /**
     * Statements already let through, by their text. The verdict does not depend on the query parameters' values,
     * except for a file() path given as a parameter (only possible with FILE open), which is never remembered.
     */
    private final Map<String, Checked> passed = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Checked> eldest) {
                    return size() > CACHED_STATEMENTS;
                }
            });

    StatementGuard(ClickHouseErrors errors, Path userFiles, Set<String> openSources) {
        this.errors = errors;
        this.userFiles = userFiles.toAbsolutePath().normalize();
        this.openSources = Set.copyOf(openSources);
    }

    /** Checks {@code text} on {@code c}; throws the engine's or our refusal, else returns what to run. */
    Checked check(ChdbConnection c, String text, Map<String, String> queryParams) {
        Checked known = passed.get(text);
        if (known != null) {
            return known;
        }
        Parsed parsed = parse(c, text, queryParams);
        if (text.length() <= CACHED_TEXT_CHARS && !parsed.namesFiles()) {
            passed.put(text, parsed.checked());
        }
        return parsed.checked();
    }

    /** A statement let through, and whether it names a file function (whose verdict may depend on parameters). */
    private record Parsed(Checked checked, boolean namesFiles) {}

    private Parsed parse(ChdbConnection c, String text, Map<String, String> queryParams) {
        byte[] format = ("SELECT formatQuery({" + STATEMENT_PARAMETER + ":String})").getBytes(StandardCharsets.UTF_8);
        String sql = new String(c.query(format, "RawBLOB", Map.of(STATEMENT_PARAMETER, escaped(text))).data(),
                StandardCharsets.UTF_8).strip();
        if (sql.isEmpty()) {
            throw errors.error("SYNTAX_ERROR", "Empty query");
        }
        // Files named by the statement itself are checked before the engine is asked anything more about it.
        checkTokens(SqlTokens.of(sql));
        List<Node> tree = nodes(new String(c.query(("EXPLAIN AST " + sql).getBytes(StandardCharsets.UTF_8), "TSVRaw",
                queryParams).data(), StandardCharsets.UTF_8));
        if (tree.isEmpty()) {
            throw refused("the engine could not describe this statement, so it is not run");
        }
        String kind = firstWord(tree.getFirst().text);
        boolean inlineData = kind.equals("InsertQuery");
        boolean namesFiles = false;
        for (int i = 0; i < tree.size(); i++) {
            Node node = tree.get(i);
            List<String> words = words(node.text);
            if (node.depth == 1 && kind.equals("InsertQuery") && (words.getFirst().equals("SelectWithUnionQuery")
                    || words.getFirst().equals("SelectIntersectExceptQuery") || words.getFirst().equals("Function")
                    || words.getFirst().equals("Literal"))) {
                inlineData = false; // INSERT … SELECT, INSERT INTO FUNCTION, FROM INFILE
            }
            if (words.getFirst().equals("Function") && words.size() > 1) {
                namesFiles |= checkFunction(tree, i, words.get(1));
            } else if (words.getFirst().equals("FunctionWithKeyValueArguments") && words.size() > 1
                    && parent(tree, i).map(p -> p.text.startsWith("Dictionary definition")).orElse(false)) {
                checkDictionarySource(words.get(1));
            }
        }
        return new Parsed(new Checked(sql, kind, inlineData), namesFiles);
    }

    /** A query parameter's value is read in the escaped (TSV) format: a line break would end it. */
    static String escaped(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\0' -> sb.append("\\0");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** INTO OUTFILE, FROM INFILE and {@code limited = DEFAULT}, found as tokens of the engine's rendering. */
    private void checkTokens(List<SqlTokens.Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            SqlTokens.Token t = tokens.get(i);
            SqlTokens.Token next = tokens.get(i + 1);
            if ((t.isWord("INTO") && next.isWord("OUTFILE")) || (t.isWord("FROM") && next.isWord("INFILE"))) {
                if (i + 2 >= tokens.size() || tokens.get(i + 2).kind() != SqlTokens.Kind.STRING) {
                    throw refused(next.text().toUpperCase(Locale.ROOT) + " needs a file name");
                }
                requireInsideUserFiles(tokens.get(i + 2).text(), next.text().toUpperCase(Locale.ROOT));
            }
            if ((t.kind() == SqlTokens.Kind.WORD || t.kind() == SqlTokens.Kind.QUOTED_NAME)
                    && LIMITED_SETTINGS.contains(t.text().toLowerCase(Locale.ROOT)) && next.text().equals("=")
                    && i + 2 < tokens.size() && tokens.get(i + 2).isWord("DEFAULT")) {
                throw errors.error("SETTING_CONSTRAINT_VIOLATION", "Setting " + t.text()
                        + " cannot be reset to DEFAULT here: its default would lift the server's limit");
            }
        }
    }

    /** Refuses a file function that may not be served; true when {@code name} is a file function at all. */
    private boolean checkFunction(List<Node> tree, int index, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean engine = ancestors(tree, index).stream().anyMatch(n -> n.text.startsWith("Storage definition"));
        int pathArgument;
        if (lower.equals("file") || lower.equals("filecluster")) {
            pathArgument = engine ? 1 : 0; // File(format, path) as an engine, file(path, …) as a function
        } else if (lower.equals("filesystem")) {
            pathArgument = 0;
        } else {
            return false;
        }
        if (!openSources.contains("FILE")) {
            throw refused(name + "() reaches the host's files; it is served only when the FILE source is opened"
                    + " (--open-sources FILE), and then only inside " + userFiles);
        }
        List<Node> arguments = arguments(tree, index);
        if (arguments.size() <= pathArgument) {
            if (engine) {
                return true; // File(format): the table's data stays in its own directory
            }
            throw refused(name + "() needs a file name");
        }
        Node argument = arguments.get(pathArgument);
        List<SqlTokens.Token> tokens = SqlTokens.of(argument.text);
        if (tokens.size() != 2 || !tokens.get(0).isWord("Literal") || tokens.get(1).kind() != SqlTokens.Kind.STRING) {
            throw refused(name + "() takes its file name as a string literal here");
        }
        requireInsideUserFiles(tokens.get(1).text(), name + "()");
        return true;
    }

    private void checkDictionarySource(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("null")) {
            return;
        }
        String source = DICTIONARY_SOURCES.get(lower);
        if (source == null || !openSources.contains(source)) {
            throw refused("a dictionary with source " + name.toUpperCase(Locale.ROOT) + " reaches beyond the data"
                    + " directory; it is served only when the " + (source == null ? "matching" : source)
                    + " source is opened (--open-sources)");
        }
    }

    /**
     * ClickHouse's user_files_path semantics: an absolute path inside the directory. Relative paths are refused
     * because chDB resolves them against the process's working directory, not user_files; ".." anywhere (also in
     * glob alternatives) is refused outright.
     */
    private void requireInsideUserFiles(String file, String what) {
        Path p = Path.of(file);
        if (!p.isAbsolute() || file.contains("..") || !p.normalize().startsWith(userFiles)
                || p.normalize().equals(userFiles)) {
            throw refused(what + " may reach only files inside " + userFiles + " (as an absolute path), not '"
                    + file + "'");
        }
    }

    private ChdbException refused(String why) {
        return errors.error("ACCESS_DENIED", "Refused by the embedded warehouse: " + why);
    }

    /** One line of EXPLAIN AST: its depth (one space per level) and text. */
    private record Node(int depth, String text) {}

    private static List<Node> nodes(String explain) {
        List<Node> nodes = new ArrayList<>();
        for (String line : explain.split("\n")) {
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == ' ') {
                depth++;
            }
            if (depth < line.length()) {
                nodes.add(new Node(depth, line.substring(depth)));
            }
        }
        return nodes;
    }

    private static java.util.Optional<Node> parent(List<Node> tree, int index) {
        int depth = tree.get(index).depth;
        for (int i = index - 1; i >= 0; i--) {
            if (tree.get(i).depth < depth) {
                return java.util.Optional.of(tree.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    private static List<Node> ancestors(List<Node> tree, int index) {
        List<Node> result = new ArrayList<>();
        int depth = tree.get(index).depth;
        for (int i = index - 1; i >= 0 && depth > 0; i--) {
            if (tree.get(i).depth < depth) {
                result.add(tree.get(i));
                depth = tree.get(i).depth;
            }
        }
        return result;
    }

    /** The children of a function node's argument list (its ExpressionList child). */
    private static List<Node> arguments(List<Node> tree, int index) {
        int depth = tree.get(index).depth;
        List<Node> result = new ArrayList<>();
        int i = index + 1;
        if (i >= tree.size() || tree.get(i).depth != depth + 1 || !tree.get(i).text.startsWith("ExpressionList")) {
            return result;
        }
        for (i = i + 1; i < tree.size() && tree.get(i).depth > depth + 1; i++) {
            if (tree.get(i).depth == depth + 2) {
                result.add(tree.get(i));
            }
        }
        return result;
    }

    private static List<String> words(String text) {
        List<String> result = new ArrayList<>();
        for (String w : text.split("\\s+")) {
            if (!w.isEmpty()) {
                result.add(w);
            }
        }
        return result.isEmpty() ? List.of("") : result;
    }

    private static String firstWord(String text) {
        return words(text).getFirst();
    }
}
