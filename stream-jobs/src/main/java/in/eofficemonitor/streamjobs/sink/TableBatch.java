package in.eofficemonitor.streamjobs.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The buffered rows of one table and how to bind them to the table's INSERT (a .sql resource next to this
 * class). Rows with a collapse key keep only the newest row per key inside one batch: ReplacingMergeTree would
 * keep only that one anyway, so this is the same result with fewer rows sent.
 */
final class TableBatch<R> {

    /** DateTime64 columns are Asia/Kolkata; a local-time literal in that zone is unambiguous (no DST). */
    private static final DateTimeFormatter DATETIME64 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.of("Asia/Kolkata"));

    interface Binder<R> {
        void bind(PreparedStatement ps, R row) throws SQLException;
    }

    final String table;
    final String sql;
    private final Binder<R> binder;
    private final Function<R, Object> collapseKey;
    private final BinaryOperator<R> newer;
    private final List<R> rows = new ArrayList<>();
    private final Map<Object, R> latest = new LinkedHashMap<>();

    private TableBatch(String table, Binder<R> binder, Function<R, Object> collapseKey, BinaryOperator<R> newer) {
        this.table = table;
        this.sql = load("/sql/sink/" + table + ".sql");
        this.binder = binder;
        this.collapseKey = collapseKey;
        this.newer = newer;
    }

    static <R> TableBatch<R> appending(String table, Binder<R> binder) {
        return new TableBatch<>(table, binder, null, null);
    }

    static <R> TableBatch<R> collapsing(String table, Binder<R> binder, Function<R, Object> key, BinaryOperator<R> newer) {
        return new TableBatch<>(table, binder, key, newer);
    }

    void add(R row) {
        if (collapseKey == null) {
            rows.add(row);
        } else {
            latest.merge(collapseKey.apply(row), row, newer);
        }
    }

    int size() {
        return collapseKey == null ? rows.size() : latest.size();
    }

    Collection<R> rows() {
        return collapseKey == null ? rows : latest.values();
    }

    void bindAll(PreparedStatement ps) throws SQLException {
        for (R row : rows()) {
            binder.bind(ps, row);
            ps.addBatch();
        }
    }

    void clear() {
        rows.clear();
        latest.clear();
    }

    static void setTime(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, java.sql.Types.VARCHAR);
        } else {
            ps.setString(index, DATETIME64.format(instant));
        }
    }

    static void setName(PreparedStatement ps, int index, Enum<?> value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.VARCHAR);
        } else {
            ps.setString(index, value.name());
        }
    }

    private static String load(String resource) {
        try (InputStream in = TableBatch.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
