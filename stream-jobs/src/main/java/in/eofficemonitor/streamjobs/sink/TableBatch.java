package in.eofficemonitor.streamjobs.sink;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The buffered rows of one table in one batch. An appending table's rows are encoded as they come, so the row
 * objects die young instead of waiting out the batch in the heap (the garbage collector copies every object
 * that outlives a young collection, and batches live seconds); a collapsing table keeps only the newest row per
 * key, encoded when the batch is sent.
 */
final class TableBatch<R> {

    final SinkTable<R> table;
    private final RowBinaryBuffer encoded;
    private int appended;
    private final Map<Object, R> latest;

    TableBatch(SinkTable<R> table) {
        this.table = table;
        this.encoded = table.collapseKey == null ? new RowBinaryBuffer(4096) : null;
        // Insertion order is kept so the body is a function of the rows in the order they came.
        this.latest = table.collapseKey == null ? null : new LinkedHashMap<>(1024);
    }

    /** Adds a row; false when it replaced a row of the same key (the batch did not grow). */
    boolean add(R row) {
        if (latest == null) {
            table.encoder.encode(encoded, row);
            appended++;
            return true;
        }
        int before = latest.size();
        latest.merge(table.collapseKey.apply(row), row, table.newer);
        return latest.size() > before;
    }

    int size() {
        return latest == null ? appended : latest.size();
    }

    /** The rows as the body of the table's RowBinary INSERT. */
    RowBinaryBuffer encode() {
        if (latest == null) {
            return encoded;
        }
        RowBinaryBuffer out = new RowBinaryBuffer(size() * 128);
        for (R row : latest.values()) {
            table.encoder.encode(out, row);
        }
        return out;
    }
}
