package in.eofficemonitor.streamjobs.records;

import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Flink type of the rows stream. The rows of one file travel from the state operator to the sink chained in one
 * thread (no serialization); when the sink runs at a lower parallelism they cross a network edge with
 * {@link WarehouseRowSerializer}.
 */
public final class WarehouseRows {

    public static final TypeInformation<WarehouseRow> TYPE =
            new RecordTypeInfo<>(WarehouseRow.class, WarehouseRowSerializer.INSTANCE);

    private WarehouseRows() {}
}
