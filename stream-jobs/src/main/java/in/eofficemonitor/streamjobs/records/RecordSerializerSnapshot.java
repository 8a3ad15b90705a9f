package in.eofficemonitor.streamjobs.records;

import java.util.function.Supplier;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.java.typeutils.runtime.PojoSerializerSnapshot;

/**
 * The snapshot of one of the jobs' record serializers. State written before the record had its own serializer
 * was written by Flink's POJO serializer: that state is read with the POJO serializer it was written with and
 * written from then on with this one (Flink's state migration), so checkpoints retained before the upgrade restore.
 */
abstract class RecordSerializerSnapshot<T> extends SimpleTypeSerializerSnapshot<T> {

    RecordSerializerSnapshot(Supplier<? extends TypeSerializer<T>> serializer) {
        super(serializer);
    }

    @Override
    public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(TypeSerializerSnapshot<T> old) {
        if (old instanceof PojoSerializerSnapshot<T>) {
            return TypeSerializerSchemaCompatibility.compatibleAfterMigration();
        }
        return super.resolveSchemaCompatibility(old);
    }
}
