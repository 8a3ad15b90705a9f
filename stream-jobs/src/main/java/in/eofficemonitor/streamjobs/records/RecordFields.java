package in.eofficemonitor.streamjobs.records;

import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The field encodings of the jobs' own serializers ({@link FileStateSerializer}, {@link SequencedEventSerializer}):
 * a string as its UTF-8 length and bytes in one write (Flink's string serializer writes one call per character,
 * which made checkpoints of the per-file state and the shuffle of events cost more than the rules themselves), an
 * instant as seconds and nanoseconds, an enum as its ordinal plus one, nulls as markers.
 */
final class RecordFields {

    private static final long NULL_INSTANT = Long.MIN_VALUE;

    private RecordFields() {}

    static void writeString(DataOutputView out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String readString(DataInputView in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] utf8 = new byte[n];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    static void copyString(DataInputView in, DataOutputView out) throws IOException {
        int n = in.readInt();
        out.writeInt(n);
        if (n > 0) {
            out.write(in, n);
        }
    }

    static void writeInstant(DataOutputView out, Instant t) throws IOException {
        if (t == null) {
            out.writeLong(NULL_INSTANT);
            return;
        }
        out.writeLong(t.getEpochSecond());
        out.writeInt(t.getNano());
    }

    static Instant readInstant(DataInputView in) throws IOException {
        long seconds = in.readLong();
        return seconds == NULL_INSTANT ? null : Instant.ofEpochSecond(seconds, in.readInt());
    }

    static void copyInstant(DataInputView in, DataOutputView out) throws IOException {
        long seconds = in.readLong();
        out.writeLong(seconds);
        if (seconds != NULL_INSTANT) {
            out.writeInt(in.readInt());
        }
    }

    static void writeEnum(DataOutputView out, Enum<?> e) throws IOException {
        out.writeByte(e == null ? 0 : e.ordinal() + 1);
    }

    static <E extends Enum<E>> E readEnum(DataInputView in, E[] values) throws IOException {
        int code = in.readUnsignedByte();
        return code == 0 ? null : values[code - 1];
    }

    static void writeStrings(DataOutputView out, String[] values) throws IOException {
        if (values == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(values.length);
        for (String v : values) {
            writeString(out, v);
        }
    }

    static String[] readStrings(DataInputView in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            values[i] = readString(in);
        }
        return values;
    }

    /** A parsed event, never null here. */
    static void writeEvent(DataOutputView out, MovementEvent e) throws IOException {
        writeString(out, e.eventId());
        writeInstant(out, e.ts());
        writeEnum(out, e.type());
        writeEnum(out, e.kind());
        writeString(out, e.fileId());
        writeString(out, e.officeId());
        writeString(out, e.fromDesk());
        writeString(out, e.toDesk());
        writeEnum(out, e.priority());
        writeString(out, e.subject());
    }

    static MovementEvent readEvent(DataInputView in) throws IOException {
        return new MovementEvent(readString(in), readInstant(in), readEnum(in, EVENT_TYPES), readEnum(in, KINDS),
                readString(in), readString(in), readString(in), readString(in), readEnum(in, PRIORITIES), readString(in));
    }

    static final EventType[] EVENT_TYPES = EventType.values();
    static final ItemKind[] KINDS = ItemKind.values();
    static final Priority[] PRIORITIES = Priority.values();
}
