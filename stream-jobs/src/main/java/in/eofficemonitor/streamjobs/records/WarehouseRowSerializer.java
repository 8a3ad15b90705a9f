package in.eofficemonitor.streamjobs.records;

import static in.eofficemonitor.streamjobs.records.RecordFields.KINDS;
import static in.eofficemonitor.streamjobs.records.RecordFields.PRIORITIES;
import static in.eofficemonitor.streamjobs.records.RecordFields.EVENT_TYPES;
import static in.eofficemonitor.streamjobs.records.RecordFields.readEnum;
import static in.eofficemonitor.streamjobs.records.RecordFields.readInstant;
import static in.eofficemonitor.streamjobs.records.RecordFields.readString;
import static in.eofficemonitor.streamjobs.records.RecordFields.writeEnum;
import static in.eofficemonitor.streamjobs.records.RecordFields.writeInstant;
import static in.eofficemonitor.streamjobs.records.RecordFields.writeString;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.records.StuckTransitionRow.Transition;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The rows stream ({@link WarehouseRow}): a tag for the row type, then its fields ({@link RecordFields}). Rows
 * travel chained from the per-file state to the sink without serialization; they are serialized only when the sink
 * runs at a lower parallelism than the state. Having a serializer of its own keeps the job free of Kryo
 * ({@code pipeline.generic-types: false} holds).
 */
public final class WarehouseRowSerializer extends TypeSerializerSingleton<WarehouseRow> {

    public static final WarehouseRowSerializer INSTANCE = new WarehouseRowSerializer();
    private static final RejectionReason[] REASONS = RejectionReason.values();
    private static final Transition[] TRANSITIONS = Transition.values();

    private static final int EVENT = 1;
    private static final int VISIT = 2;
    private static final int POSITION = 3;
    private static final int STUCK = 4;
    private static final int DEAD_LETTER = 5;
    private static final int DUPLICATE = 6;

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public WarehouseRow createInstance() {
        return null;
    }

    @Override
    public WarehouseRow copy(WarehouseRow from) {
        return from;
    }

    @Override
    public WarehouseRow copy(WarehouseRow from, WarehouseRow reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(WarehouseRow row, DataOutputView out) throws IOException {
        switch (row) {
            case MovementEventRow r -> {
                out.writeByte(EVENT);
                RecordFields.writeEvent(out, r.event());
                writeString(out, r.source());
                writeInstant(out, r.ingestedAt());
            }
            case DeskVisitRow r -> {
                out.writeByte(VISIT);
                writeString(out, r.fileId());
                writeEnum(out, r.kind());
                writeEnum(out, r.priority());
                writeString(out, r.officeId());
                writeString(out, r.deskId());
                writeInstant(out, r.arrivedAt());
                writeEnum(out, r.arrivedBy());
                writeString(out, r.arrivedEventId());
                writeInstant(out, r.stuckAt());
                writeInstant(out, r.stuckAtCalendar());
                writeInstant(out, r.leftAt());
                writeEnum(out, r.leftBy());
                writeString(out, r.leftEventId());
                out.writeInt(r.version());
            }
            case FilePositionRow r -> {
                out.writeByte(POSITION);
                writeString(out, r.fileId());
                writeEnum(out, r.kind());
                writeEnum(out, r.priority());
                writeString(out, r.subject());
                writeInstant(out, r.createdAt());
                writeString(out, r.createdOfficeId());
                out.writeBoolean(r.closed());
                writeString(out, r.officeId());
                writeString(out, r.deskId());
                writeInstant(out, r.arrivedAt());
                writeInstant(out, r.stuckAt());
                writeInstant(out, r.stuckAtCalendar());
                writeInstant(out, r.closedAt());
                out.writeInt(r.levels());
                out.writeInt(r.moves());
                writeString(out, r.lastEventId());
                writeInstant(out, r.lastEventTs());
                out.writeInt(r.version());
            }
            case StuckTransitionRow r -> {
                out.writeByte(STUCK);
                writeString(out, r.fileId());
                writeEnum(out, r.kind());
                writeEnum(out, r.priority());
                writeString(out, r.officeId());
                writeString(out, r.deskId());
                writeInstant(out, r.arrivedAt());
                writeEnum(out, r.transition());
                writeInstant(out, r.at());
                writeString(out, r.eventId());
            }
            case DeadLetterRow r -> {
                out.writeByte(DEAD_LETTER);
                writeString(out, r.source());
                writeString(out, r.sourcePosition());
                writeEnum(out, r.reason());
                writeString(out, r.detail());
                writeString(out, r.rawLine());
                writeString(out, r.eventId());
                writeString(out, r.fileId());
                writeInstant(out, r.arrivedAt());
            }
            case DuplicateRow r -> {
                out.writeByte(DUPLICATE);
                writeString(out, r.source());
                writeString(out, r.sourcePosition());
                writeString(out, r.eventId());
                writeString(out, r.fileId());
                writeInstant(out, r.ts());
                writeInstant(out, r.arrivedAt());
            }
        }
    }

    @Override
    public WarehouseRow deserialize(DataInputView in) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case EVENT -> new MovementEventRow(RecordFields.readEvent(in), readString(in), readInstant(in));
            case VISIT -> new DeskVisitRow(readString(in), readEnum(in, KINDS), readEnum(in, PRIORITIES), readString(in),
                    readString(in), readInstant(in), readEnum(in, EVENT_TYPES), readString(in), readInstant(in),
                    readInstant(in), readInstant(in), readEnum(in, EVENT_TYPES), readString(in), in.readInt());
            case POSITION -> new FilePositionRow(readString(in), readEnum(in, KINDS), readEnum(in, PRIORITIES),
                    readString(in), readInstant(in), readString(in), in.readBoolean(), readString(in), readString(in),
                    readInstant(in), readInstant(in), readInstant(in), readInstant(in), in.readInt(), in.readInt(),
                    readString(in), readInstant(in), in.readInt());
            case STUCK -> new StuckTransitionRow(readString(in), readEnum(in, KINDS), readEnum(in, PRIORITIES),
                    readString(in), readString(in), readInstant(in), readEnum(in, TRANSITIONS), readInstant(in),
                    readString(in));
            case DEAD_LETTER -> new DeadLetterRow(readString(in), readString(in), readEnum(in, REASONS), readString(in),
                    readString(in), readString(in), readString(in), readInstant(in));
            case DUPLICATE -> new DuplicateRow(readString(in), readString(in), readString(in), readString(in),
                    readInstant(in), readInstant(in));
            default -> throw new IOException("not a warehouse row: tag " + tag);
        };
    }

    @Override
    public WarehouseRow deserialize(WarehouseRow reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<WarehouseRow> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores this serializer. */
    public static final class Snapshot extends RecordSerializerSnapshot<WarehouseRow> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
