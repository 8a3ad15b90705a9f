package in.eofficemonitor.streamjobs.bench;

import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.streamjobs.records.MovementEventRow;
import in.eofficemonitor.streamjobs.sink.RowBinaryInserts;
import in.eofficemonitor.streamjobs.sink.SinkSettings;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The warehouse's raw insert rate with no Flink around it: movement-event rows into a scratch database on the same
 * warehouse (migrated like the real one, dropped afterwards), once as RowBinary through the driver's client (the
 * sink's path) and once as JDBC {@code PreparedStatement} batches bound with strings (the sink's old path, and the
 * foundation benchmark's). Rows are built before each batch is timed; the timed part is encoding or binding,
 * sending and the engine's work.
 */
final class RawInserts {

    record Result(long rows, int batch, double rowBinaryRowsPerSecond, double jdbcRowsPerSecond) {}

    private static final Instant BASE = Instant.parse("2026-01-01T04:30:00Z");
    private static final DateTimeFormatter DATETIME64 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.of("Asia/Kolkata"));
    private static final EventType[] TYPES = {EventType.CREATED, EventType.FORWARDED, EventType.FORWARDED,
            EventType.RETURNED, EventType.CLOSED};

    private RawInserts() {}

    static Result measure(Warehouse main, String database, long rows, int batch) throws Exception {
        String url = main.httpEndpoint().replaceAll("/+$", "") + "/" + database;
        main.execute("DROP DATABASE IF EXISTS " + database);
        try (Warehouse scratch = Warehouse.open(WarehouseConfig.fromUrl(url)
                .withCredentials(main.config().user(), main.config().password()))) {
            SinkSettings settings = SinkSettings.defaults(scratch.jdbcUrl())
                    .withCredentials(main.config().user(), main.config().password());
            double rowBinary;
            try (RowBinaryInserts inserts = new RowBinaryInserts(settings, () -> { })) {
                inserts.insert(rows(0, (int) Math.min(rows, batch))); // warm-up: connection, classes
                scratch.execute("TRUNCATE TABLE movement_events");
                long timed = 0;
                for (long start = 0; start < rows; start += batch) {
                    List<MovementEventRow> b = rows(start, (int) Math.min(batch, rows - start));
                    long t0 = System.nanoTime();
                    inserts.insert(b);
                    timed += System.nanoTime() - t0;
                }
                rowBinary = rows / (timed / 1e9);
            }
            scratch.execute("TRUNCATE TABLE movement_events");
            double jdbc;
            try (Connection c = scratch.dataSource().getConnection();
                    PreparedStatement ps = c.prepareStatement("INSERT INTO movement_events (event_id, ts, type, kind,"
                            + " file_id, office_id, from_desk, to_desk, priority, subject, source, ingested_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindAll(ps, rows(0, (int) Math.min(rows, batch)));
                ps.executeBatch();
                scratch.execute("TRUNCATE TABLE movement_events");
                long timed = 0;
                for (long start = 0; start < rows; start += batch) {
                    List<MovementEventRow> b = rows(start, (int) Math.min(batch, rows - start));
                    long t0 = System.nanoTime();
                    bindAll(ps, b);
                    ps.executeBatch();
                    timed += System.nanoTime() - t0;
                }
                jdbc = rows / (timed / 1e9);
            }
            return new Result(rows, batch, rowBinary, jdbc);
        } finally {
            main.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    /** Rows {@code from … from+n-1}: five events per file, the shape of the foundation benchmark's rows. */
    private static List<MovementEventRow> rows(long from, int n) {
        List<MovementEventRow> out = new ArrayList<>(n);
        for (long i = from; i < from + n; i++) {
            long file = i / 5;
            Instant ts = BASE.plusSeconds(i);
            EventType type = TYPES[(int) (i % 5)];
            MovementEvent e = new MovementEvent("e-" + i, ts, type, i % 4 == 3 ? ItemKind.RECEIPT : ItemKind.FILE,
                    "UP/BEN/2026/" + file, "OFF-" + (file % 500), type == EventType.CREATED ? "" : "D-" + (i % 2000),
                    type == EventType.CLOSED ? "" : "D-" + ((i + 1) % 2000), Priority.values()[(int) (file % 3)],
                    "Benchmark subject " + file);
            out.add(new MovementEventRow(e, "bench", ts));
        }
        return out;
    }

    /** Exactly as the sink bound rows before RowBinary: strings, times as formatted literals, enums by name. */
    private static void bindAll(PreparedStatement ps, List<MovementEventRow> rows) throws Exception {
        for (MovementEventRow r : rows) {
            MovementEvent e = r.event();
            ps.setString(1, e.eventId());
            ps.setString(2, DATETIME64.format(e.ts()));
            ps.setString(3, e.type().name());
            ps.setString(4, e.kind().name());
            ps.setString(5, e.fileId());
            ps.setString(6, e.officeId());
            ps.setString(7, e.fromDesk());
            ps.setString(8, e.toDesk());
            ps.setString(9, e.priority().name());
            ps.setString(10, e.subject());
            ps.setString(11, r.source());
            ps.setString(12, DATETIME64.format(r.ingestedAt()));
            ps.addBatch();
        }
    }
}
