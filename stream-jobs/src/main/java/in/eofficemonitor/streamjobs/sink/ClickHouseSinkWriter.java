package in.eofficemonitor.streamjobs.sink;

import static in.eofficemonitor.streamjobs.sink.TableBatch.setName;
import static in.eofficemonitor.streamjobs.sink.TableBatch.setTime;

import in.eofficemonitor.streamjobs.records.DeadLetterRow;
import in.eofficemonitor.streamjobs.records.DeskVisitRow;
import in.eofficemonitor.streamjobs.records.DuplicateRow;
import in.eofficemonitor.streamjobs.records.FilePositionRow;
import in.eofficemonitor.streamjobs.records.MovementEventRow;
import in.eofficemonitor.streamjobs.records.StuckTransitionRow;
import in.eofficemonitor.streamjobs.records.WarehouseRow;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buffers rows per table and inserts them in batches: when {@code batchRows} rows are buffered, when
 * {@code flushInterval} has passed, and on every checkpoint barrier and at the end of input ({@link #flush}).
 * A failed insert is retried with exponential backoff on a fresh connection; when every attempt fails the
 * writer throws, the job fails over, and it resumes from its last checkpoint (re-inserted rows collapse).
 */
final class ClickHouseSinkWriter implements SinkWriter<WarehouseRow> {

    private static final Logger log = LoggerFactory.getLogger(ClickHouseSinkWriter.class);

    private final SinkSettings settings;
    private final ProcessingTimeService timers;
    private final TableBatch<MovementEventRow> events = TableBatch.appending("movement_events", (ps, r) -> {
        var e = r.event();
        ps.setString(1, e.eventId());
        setTime(ps, 2, e.ts());
        setName(ps, 3, e.type());
        setName(ps, 4, e.kind());
        ps.setString(5, e.fileId());
        ps.setString(6, e.officeId());
        ps.setString(7, e.fromDesk());
        ps.setString(8, e.toDesk());
        setName(ps, 9, e.priority());
        ps.setString(10, e.subject());
        ps.setString(11, r.source());
        setTime(ps, 12, r.ingestedAt());
    });
    private final TableBatch<DeskVisitRow> visits = TableBatch.collapsing("desk_visits", (ps, r) -> {
        ps.setString(1, r.fileId());
        setName(ps, 2, r.kind());
        setName(ps, 3, r.priority());
        ps.setString(4, r.officeId());
        ps.setString(5, r.deskId());
        setTime(ps, 6, r.arrivedAt());
        setName(ps, 7, r.arrivedBy());
        ps.setString(8, r.arrivedEventId());
        setTime(ps, 9, r.stuckAt());
        setTime(ps, 10, r.stuckAtCalendar());
        setTime(ps, 11, r.leftAt());
        setName(ps, 12, r.leftBy());
        ps.setString(13, r.leftEventId());
        ps.setInt(14, r.version());
    }, r -> r.fileId() + '\u0000' + r.arrivedEventId(), (a, b) -> b.version() >= a.version() ? b : a);
    private final TableBatch<FilePositionRow> positions = TableBatch.collapsing("file_positions", (ps, r) -> {
        ps.setString(1, r.fileId());
        setName(ps, 2, r.kind());
        setName(ps, 3, r.priority());
        ps.setString(4, r.subject());
        setTime(ps, 5, r.createdAt());
        ps.setString(6, r.createdOfficeId());
        ps.setString(7, r.closed() ? "CLOSED" : "OPEN");
        ps.setString(8, r.officeId());
        ps.setString(9, r.deskId());
        setTime(ps, 10, r.arrivedAt());
        setTime(ps, 11, r.stuckAt());
        setTime(ps, 12, r.stuckAtCalendar());
        setTime(ps, 13, r.closedAt());
        ps.setInt(14, r.levels());
        ps.setLong(15, r.moves());
        ps.setString(16, r.lastEventId());
        setTime(ps, 17, r.lastEventTs());
        ps.setLong(18, r.version());
    }, FilePositionRow::fileId, (a, b) -> b.version() >= a.version() ? b : a);
    private final TableBatch<StuckTransitionRow> stuck = TableBatch.appending("stuck_transitions", (ps, r) -> {
        ps.setString(1, r.fileId());
        setName(ps, 2, r.kind());
        setName(ps, 3, r.priority());
        ps.setString(4, r.officeId());
        ps.setString(5, r.deskId());
        setTime(ps, 6, r.arrivedAt());
        setName(ps, 7, r.transition());
        setTime(ps, 8, r.at());
        ps.setString(9, r.eventId());
    });
    private final TableBatch<DeadLetterRow> deadLetters = TableBatch.appending("dead_letters", (ps, r) -> {
        ps.setString(1, r.source());
        ps.setString(2, r.sourcePosition());
        setName(ps, 3, r.reason());
        ps.setString(4, r.detail());
        ps.setString(5, r.rawLine());
        ps.setString(6, r.eventId());
        ps.setString(7, r.fileId());
        setTime(ps, 8, r.arrivedAt());
    });
    private final TableBatch<DuplicateRow> duplicates = TableBatch.appending("duplicate_events", (ps, r) -> {
        ps.setString(1, r.source());
        ps.setString(2, r.sourcePosition());
        ps.setString(3, r.eventId());
        ps.setString(4, r.fileId());
        setTime(ps, 5, r.ts());
        setTime(ps, 6, r.arrivedAt());
    });
    private final List<TableBatch<?>> tables = List.of(events, visits, positions, stuck, deadLetters, duplicates);

    private final Counter rowsWritten;
    private final Counter insertRetries;
    private final Histogram batchMillis;

    private Connection connection;
    private int buffered;
    private boolean flushTimerSet;

    ClickHouseSinkWriter(SinkSettings settings, WriterInitContext context) {
        this.settings = settings;
        this.timers = context.getProcessingTimeService();
        var metrics = context.metricGroup();
        rowsWritten = metrics.counter("rowsWritten");
        metrics.meter("rowsWrittenPerSecond", new MeterView(rowsWritten));
        insertRetries = metrics.counter("insertRetries");
        batchMillis = metrics.histogram("batchLatencyMillis", new DescriptiveStatisticsHistogram(500));
    }

    @Override
    public void write(WarehouseRow row, Context context) throws IOException {
        switch (row) {
            case MovementEventRow r -> events.add(r);
            case DeskVisitRow r -> visits.add(r);
            case FilePositionRow r -> positions.add(r);
            case StuckTransitionRow r -> stuck.add(r);
            case DeadLetterRow r -> deadLetters.add(r);
            case DuplicateRow r -> duplicates.add(r);
        }
        buffered++;
        if (buffered >= settings.batchRows()) {
            flushAll();
        } else if (!flushTimerSet) {
            flushTimerSet = true;
            timers.registerTimer(timers.getCurrentProcessingTime() + settings.flushInterval().toMillis(), t -> {
                flushTimerSet = false;
                flushAll();
            });
        }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException {
        flushAll();
    }

    private void flushAll() throws IOException {
        if (buffered == 0) {
            return;
        }
        long started = System.nanoTime();
        for (TableBatch<?> table : tables) {
            if (table.size() > 0) {
                insertWithRetries(table);
                rowsWritten.inc(table.size());
                table.clear();
            }
        }
        buffered = 0;
        batchMillis.update((System.nanoTime() - started) / 1_000_000);
    }

    private void insertWithRetries(TableBatch<?> table) throws IOException {
        long backoff = settings.firstBackoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                insert(table);
                return;
            } catch (SQLException e) {
                closeQuietly();
                if (attempt >= settings.maxAttempts()) {
                    throw new IOException("insert into " + table.table + " failed " + attempt + " times; failing over to the last checkpoint", e);
                }
                insertRetries.inc();
                log.warn("insert of {} rows into {} failed (attempt {} of {}), retrying in {} ms: {}",
                        table.size(), table.table, attempt, settings.maxAttempts(), backoff, e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, settings.maxBackoff().toMillis());
            }
        }
    }

    private void insert(TableBatch<?> table) throws SQLException {
        if (connection == null) {
            Properties p = new Properties();
            p.setProperty("user", settings.user());
            p.setProperty("password", settings.password());
            connection = DriverManager.getConnection(settings.jdbcUrl(), p);
        }
        try (PreparedStatement ps = connection.prepareStatement(table.sql)) {
            table.bindAll(ps);
            ps.executeBatch();
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to retry an insert", e);
        }
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The connection is being replaced because it failed; nothing more to do with it.
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
