package in.eofficemonitor.streamjobs.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table the sink writes: its INSERT (a .sql resource next to this class, {@code INSERT INTO t (columns) FORMAT
 * RowBinary}), how a row is encoded in that column order, and, for tables whose rows replace each other, the key
 * under which a batch keeps only the newest row (ReplacingMergeTree would keep only that one anyway).
 */
final class SinkTable<R> {

    private static final Pattern INSERT =
            Pattern.compile("(?is)\\s*INSERT\\s+INTO\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*\\(([^)]*)\\)\\s*FORMAT\\s+RowBinary\\s*");

    interface Encoder<R> {
        void encode(RowBinaryBuffer out, R row);
    }

    final String name;
    final List<String> columns;
    final Encoder<R> encoder;
    final Function<R, Object> collapseKey;
    final BinaryOperator<R> newer;

    private SinkTable(String resource, Encoder<R> encoder, Function<R, Object> collapseKey, BinaryOperator<R> newer) {
        Matcher m = INSERT.matcher(load(resource));
        if (!m.matches()) {
            throw new IllegalStateException(resource + " is not INSERT INTO table (columns) FORMAT RowBinary");
        }
        this.name = m.group(1);
        this.columns = Arrays.stream(m.group(2).split(",")).map(String::strip).toList();
        this.encoder = encoder;
        this.collapseKey = collapseKey;
        this.newer = newer;
    }

    static <R> SinkTable<R> appending(String table, Encoder<R> encoder) {
        return new SinkTable<>("/sql/sink/" + table + ".sql", encoder, null, null);
    }

    static <R> SinkTable<R> collapsing(String table, Encoder<R> encoder, Function<R, Object> key, BinaryOperator<R> newer) {
        return new SinkTable<>("/sql/sink/" + table + ".sql", encoder, key, newer);
    }

    private static String load(String resource) {
        try (InputStream in = SinkTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
