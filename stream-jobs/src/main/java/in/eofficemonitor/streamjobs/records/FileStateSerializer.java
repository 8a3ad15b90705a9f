package in.eofficemonitor.streamjobs.records;

import static in.eofficemonitor.streamjobs.records.RecordFields.readEnum;
import static in.eofficemonitor.streamjobs.records.RecordFields.readInstant;
import static in.eofficemonitor.streamjobs.records.RecordFields.readString;
import static in.eofficemonitor.streamjobs.records.RecordFields.readStrings;
import static in.eofficemonitor.streamjobs.records.RecordFields.writeEnum;
import static in.eofficemonitor.streamjobs.records.RecordFields.writeInstant;
import static in.eofficemonitor.streamjobs.records.RecordFields.writeString;
import static in.eofficemonitor.streamjobs.records.RecordFields.writeStrings;

import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * {@link FileState} in keyed state and checkpoints: every field in declaration order ({@link RecordFields}).
 * A FileState is never changed after it is built (its array of desks is copied, never written), so a copy is the
 * same object. Enums are stored by ordinal: adding constants at the end is safe, reordering them needs a new
 * snapshot version.
 */
public final class FileStateSerializer extends TypeSerializerSingleton<FileState> {

    public static final FileStateSerializer INSTANCE = new FileStateSerializer();
    private static final ItemKind[] KINDS = ItemKind.values();
    private static final Priority[] PRIORITIES = Priority.values();
    private static final EventType[] TYPES = EventType.values();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public FileState createInstance() {
        return null;
    }

    @Override
    public FileState copy(FileState from) {
        return from;
    }

    @Override
    public FileState copy(FileState from, FileState reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(FileState s, DataOutputView out) throws IOException {
        writeString(out, s.fileId());
        writeEnum(out, s.kind());
        writeString(out, s.subject());
        writeInstant(out, s.createdAt());
        writeString(out, s.createdOfficeId());
        out.writeBoolean(s.closed());
        writeInstant(out, s.closedAt());
        writeString(out, s.deskId());
        writeString(out, s.officeId());
        writeEnum(out, s.priority());
        writeInstant(out, s.arrivedAt());
        writeEnum(out, s.arrivedBy());
        writeString(out, s.arrivedEventId());
        writeInstant(out, s.stuckAt());
        writeInstant(out, s.stuckAtCalendar());
        writeInstant(out, s.effectiveStuckAt());
        out.writeBoolean(s.stuck());
        writeStrings(out, s.desksVisited());
        out.writeInt(s.moves());
        out.writeInt(s.version());
        writeString(out, s.lastEventId());
        writeInstant(out, s.lastEventTs());
    }

    @Override
    public FileState deserialize(DataInputView in) throws IOException {
        return new FileState(readString(in), readEnum(in, KINDS), readString(in), readInstant(in), readString(in),
                in.readBoolean(), readInstant(in), readString(in), readString(in), readEnum(in, PRIORITIES),
                readInstant(in), readEnum(in, TYPES), readString(in), readInstant(in), readInstant(in),
                readInstant(in), in.readBoolean(), readStrings(in), in.readInt(), in.readInt(), readString(in),
                readInstant(in));
    }

    @Override
    public FileState deserialize(FileState reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<FileState> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores this serializer; reads state of the POJO serializer used before it (see RecordSerializerSnapshot). */
    public static final class Snapshot extends RecordSerializerSnapshot<FileState> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }

    /** For {@code @TypeInfo} on {@link FileState}. */
    public static final class Factory extends org.apache.flink.api.common.typeinfo.TypeInfoFactory<FileState> {
        @Override
        public org.apache.flink.api.common.typeinfo.TypeInformation<FileState> createTypeInfo(java.lang.reflect.Type t,
                java.util.Map<String, org.apache.flink.api.common.typeinfo.TypeInformation<?>> generics) {
            return new RecordTypeInfo<>(FileState.class, INSTANCE);
        }
    }
}
