package in.eofficemonitor.streamjobs.records;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;

/**
 * Flink type of the rows stream. The rows of one file travel from the state operator to the sink chained in one
 * thread (no serialization); only parser dead letters cross a network edge, so a generic (Kryo) type is cheap.
 */
public final class WarehouseRows {

    public static final TypeInformation<WarehouseRow> TYPE = new GenericTypeInfo<>(WarehouseRow.class);

    private WarehouseRows() {}
}
