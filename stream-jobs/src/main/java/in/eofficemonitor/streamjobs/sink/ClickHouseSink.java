package in.eofficemonitor.streamjobs.sink;

import in.eofficemonitor.streamjobs.records.WarehouseRow;
import java.io.IOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes the jobs' rows to ClickHouse in batches, as RowBinary through the official JDBC driver's client (the
 * JDBC URL's connection, its client-v2 API). Flink calls the writer's {@code flush} on every checkpoint barrier
 * before the checkpoint is taken, and the writer returns from it only when everything it was given is inserted,
 * so nothing a completed checkpoint covers lives only in memory. Rows written after the last checkpoint and
 * written again after a restart carry the same keys and collapse (docs/architecture.md).
 */
public final class ClickHouseSink implements Sink<WarehouseRow> {

    private final SinkSettings settings;

    public ClickHouseSink(SinkSettings settings) {
        this.settings = settings;
    }

    @Override
    public SinkWriter<WarehouseRow> createWriter(WriterInitContext context) throws IOException {
        return new ClickHouseSinkWriter(settings, context);
    }
}
