package in.eofficemonitor.streamjobs.sink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The buffered rows of one table in one batch; a collapsing table keeps only the newest row per key. */
final class TableBatch<R> {

    final SinkTable<R> table;
    private final List<R> rows;
    private final Map<Object, R> latest;

    TableBatch(SinkTable<R> table) {
        this.table = table;
        this.rows = table.collapseKey == null ? new ArrayList<>() : null;
        // Insertion order is kept so the body is a function of the rows in the order they came.
        this.latest = table.collapseKey == null ? null : new LinkedHashMap<>(1024);
    }

    /** Adds a row; false when it replaced a row of the same key (the batch did not grow). */
    boolean add(R row) {
        if (rows != null) {
            rows.add(row);
            return true;
        }
        int before = latest.size();
        latest.merge(table.collapseKey.apply(row), row, table.newer);
        return latest.size() > before;
    }

    int size() {
        return rows != null ? rows.size() : latest.size();
    }

    Collection<R> rows() {
        return rows != null ? rows : latest.values();
    }

    /** The rows as the body of the table's RowBinary INSERT. */
    RowBinaryBuffer encode() {
        RowBinaryBuffer out = new RowBinaryBuffer(size() * 128);
        for (R row : rows()) {
            table.encoder.encode(out, row);
        }
        return out;
    }
}
