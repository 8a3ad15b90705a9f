package in.eofficemonitor.warehouse.embedded;

/**
 * What the engine reports about one statement: rows and bytes read (the result's own rows for a
 * SELECT, rows from storage when that is larger), rows and bytes written by an INSERT, and the time
 * it took. Feeds the {@code X-ClickHouse-Summary} header.
 */
record EngineStats(long rowsRead, long bytesRead, long rowsWritten, long bytesWritten, long resultRows,
        long elapsedNanos) {

    static final EngineStats NONE = new EngineStats(0, 0, 0, 0, 0, 0);

    EngineStats plus(EngineStats other) {
        return new EngineStats(
                Math.max(rowsRead, other.rowsRead),
                Math.max(bytesRead, other.bytesRead),
                Math.max(rowsWritten, other.rowsWritten),
                Math.max(bytesWritten, other.bytesWritten),
                resultRows + other.resultRows,
                Math.max(elapsedNanos, other.elapsedNanos));
    }
}
