package in.eofficemonitor.streamjobs.records;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The event ids seen for one file (String[]) in keyed state, each id's UTF-8 bytes in one write
 * ({@link RecordFields}). The per-file function replaces the array on every new id and never writes into it.
 */
public final class EventIdsSerializer extends TypeSerializerSingleton<String[]> {

    public static final EventIdsSerializer INSTANCE = new EventIdsSerializer();
    public static final TypeInformation<String[]> TYPE = new RecordTypeInfo<>(String[].class, INSTANCE);

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public String[] createInstance() {
        return new String[0];
    }

    @Override
    public String[] copy(String[] from) {
        return from;
    }

    @Override
    public String[] copy(String[] from, String[] reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(String[] ids, DataOutputView out) throws IOException {
        RecordFields.writeStrings(out, ids);
    }

    @Override
    public String[] deserialize(DataInputView in) throws IOException {
        return RecordFields.readStrings(in);
    }

    @Override
    public String[] deserialize(String[] reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<String[]> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores this serializer. */
    public static final class Snapshot extends RecordSerializerSnapshot<String[]> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
