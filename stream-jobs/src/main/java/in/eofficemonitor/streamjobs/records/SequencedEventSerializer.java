package in.eofficemonitor.streamjobs.records;

import static in.eofficemonitor.streamjobs.records.RecordFields.readEnum;
import static in.eofficemonitor.streamjobs.records.RecordFields.readString;
import static in.eofficemonitor.streamjobs.records.RecordFields.writeEnum;
import static in.eofficemonitor.streamjobs.records.RecordFields.writeString;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * {@link SequencedEvent} on the shuffle from the parser to the per-file state (every event crosses it) and in the
 * per-file list of events waiting for the watermark: the parsed event, then the line's origin, the raw line (kept
 * for dead letters), the stream's newest ts, lateness and a parser's rejection ({@link RecordFields}). Records
 * are never changed, so a copy is the same object. Enums are stored by ordinal: adding constants at the end is
 * safe, reordering them needs a new snapshot version.
 */
public final class SequencedEventSerializer extends TypeSerializerSingleton<SequencedEvent> {

    public static final SequencedEventSerializer INSTANCE = new SequencedEventSerializer();
    private static final RejectionReason[] REASONS = RejectionReason.values();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public SequencedEvent createInstance() {
        return null;
    }

    @Override
    public SequencedEvent copy(SequencedEvent from) {
        return from;
    }

    @Override
    public SequencedEvent copy(SequencedEvent from, SequencedEvent reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(SequencedEvent s, DataOutputView out) throws IOException {
        MovementEvent e = s.event();
        out.writeBoolean(e != null);
        if (e != null) {
            RecordFields.writeEvent(out, e);
        }
        writeString(out, s.source());
        writeString(out, s.position());
        writeString(out, s.raw());
        out.writeLong(s.streamMaxTs());
        out.writeBoolean(s.late());
        writeEnum(out, s.parseRejection());
        writeString(out, s.parseDetail());
    }

    @Override
    public SequencedEvent deserialize(DataInputView in) throws IOException {
        MovementEvent e = in.readBoolean() ? RecordFields.readEvent(in) : null;
        return new SequencedEvent(e, readString(in), readString(in), readString(in), in.readLong(), in.readBoolean(),
                readEnum(in, REASONS), readString(in));
    }

    @Override
    public SequencedEvent deserialize(SequencedEvent reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<SequencedEvent> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores this serializer; reads state of the POJO serializer used before it (see RecordSerializerSnapshot). */
    public static final class Snapshot extends RecordSerializerSnapshot<SequencedEvent> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }

    /** For {@code @TypeInfo} on {@link SequencedEvent}. */
    public static final class Factory extends org.apache.flink.api.common.typeinfo.TypeInfoFactory<SequencedEvent> {
        @Override
        public org.apache.flink.api.common.typeinfo.TypeInformation<SequencedEvent> createTypeInfo(
                java.lang.reflect.Type t,
                java.util.Map<String, org.apache.flink.api.common.typeinfo.TypeInformation<?>> generics) {
            return new RecordTypeInfo<>(SequencedEvent.class, INSTANCE);
        }
    }
}
