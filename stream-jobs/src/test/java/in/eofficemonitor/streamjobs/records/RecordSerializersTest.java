package in.eofficemonitor.streamjobs.records;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** The jobs' own serializers give back every value they were given: nulls, every enum constant, any text. */
class RecordSerializersTest {

    private static final String ODD = "राजस्व नस्ती \n\t\"\\ é \uD83D\uDCC1";

    @Test
    void theRecordsUseTheirOwnSerializersNotFlinksPojoOrKryo() {
        assertThat(TypeInformation.of(FileState.class).createSerializer(new SerializerConfigImpl()))
                .isSameAs(FileStateSerializer.INSTANCE);
        assertThat(TypeInformation.of(SequencedEvent.class).createSerializer(new SerializerConfigImpl()))
                .isSameAs(SequencedEventSerializer.INSTANCE);
    }

    @Test
    void fileStatesRoundTrip() throws Exception {
        List<FileState> states = new ArrayList<>();
        for (int i = 0; i < EventType.values().length; i++) {
            Instant t = Instant.ofEpochSecond(1_790_000_000L + i, i * 1_000_001);
            states.add(new FileState("UP/REV/2026/" + i, ItemKind.values()[i % 2], i == 0 ? ODD : "s" + i, t,
                    "OFF-" + i, i % 2 == 0, i % 2 == 0 ? t.plusSeconds(5) : null, "D-" + i, "OFF-" + i,
                    Priority.values()[i % 3], t.plusMillis(1), EventType.values()[i], "e-" + i, t.plusSeconds(86_400),
                    t.plusSeconds(2 * 86_400), t.plusSeconds(3 * 86_400), i % 3 == 0,
                    i == 1 ? new String[0] : new String[] {"D-" + i, ODD}, i, Integer.MAX_VALUE - i, "last-" + i,
                    t.plusSeconds(9)));
        }
        states.add(new FileState("F", null, null, null, null, false, null, null, null, null, null, null, null, null,
                null, null, false, null, 0, 0, null, null));
        for (FileState s : states) {
            FileState back = roundTrip(FileStateSerializer.INSTANCE, s);
            assertThat(back).usingRecursiveComparison().isEqualTo(s);
        }
    }

    @Test
    void sequencedEventsRoundTrip() throws Exception {
        List<SequencedEvent> events = new ArrayList<>();
        for (int i = 0; i < EventType.values().length; i++) {
            MovementEvent e = new MovementEvent("e-" + i, Instant.ofEpochSecond(1_790_000_000L, i), EventType.values()[i],
                    ItemKind.values()[i % 2], "F-" + i, "OFF", i == 0 ? "" : "D-1", "D-2", Priority.values()[i % 3],
                    i == 0 ? ODD : "");
            events.add(new SequencedEvent(e, "simulator:7", "7:" + i, "{\"event_id\":\"e-" + i + "\"} " + ODD,
                    1_790_000_000_000L + i, i % 2 == 0));
        }
        for (RejectionReason reason : RejectionReason.values()) {
            events.add(SequencedEvent.rejected(new InputLine("events.jsonl", "events.jsonl:" + reason.ordinal(), ODD),
                    reason, "why " + reason));
        }
        for (SequencedEvent s : events) {
            assertThat(roundTrip(SequencedEventSerializer.INSTANCE, s)).isEqualTo(s);
        }
    }

    @Test
    void warehouseRowsRoundTrip() throws Exception {
        Instant t = Instant.parse("2026-11-20T04:45:00.123456789Z");
        MovementEvent e = new MovementEvent("e-1", t, EventType.RETURNED, ItemKind.RECEIPT, "F", "OFF", "D-1", "D-2",
                Priority.MOST_IMMEDIATE, ODD);
        List<WarehouseRow> rows = new ArrayList<>();
        rows.add(new MovementEventRow(e, "it", t.plusSeconds(1)));
        rows.add(new DeskVisitRow("F", ItemKind.FILE, Priority.NORMAL, "OFF", ODD, t, EventType.REOPENED, "a", t, t,
                null, null, "", 1));
        rows.add(new DeskVisitRow("F", ItemKind.RECEIPT, Priority.IMMEDIATE, "OFF", "D", t, EventType.CREATED, "a", t,
                t.plusSeconds(1), t.plusSeconds(2), EventType.CLOSED, "l", 2));
        rows.add(new FilePositionRow("F", ItemKind.FILE, Priority.NORMAL, ODD, t, "C", true, "O", "D", t, t, t,
                t.plusSeconds(3), 65_535, Integer.MAX_VALUE, "last", t, Integer.MAX_VALUE));
        rows.add(new FilePositionRow("F", ItemKind.FILE, Priority.NORMAL, "", t, "C", false, "O", "D", t, t, t, null,
                1, 0, "last", t, 1));
        for (StuckTransitionRow.Transition tr : StuckTransitionRow.Transition.values()) {
            rows.add(new StuckTransitionRow("F", ItemKind.FILE, Priority.NORMAL, "O", "D", t, tr, t, ""));
        }
        for (RejectionReason reason : RejectionReason.values()) {
            rows.add(new DeadLetterRow("s", "s:1", reason, "d", ODD, "", "", t));
        }
        rows.add(new DuplicateRow("s", "s:2", "e-1", "F", t, t.plusMillis(1)));
        for (WarehouseRow r : rows) {
            assertThat(roundTrip(WarehouseRowSerializer.INSTANCE, r)).isEqualTo(r);
        }
        assertThat(WarehouseRows.TYPE.createSerializer(new SerializerConfigImpl()))
                .isInstanceOf(WarehouseRowSerializer.class);
    }

    private static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(value, out);
        byte[] bytes = out.getCopyOfBuffer();
        DataInputDeserializer in = new DataInputDeserializer(bytes);
        T back = serializer.deserialize(in);
        assertThat(in.available()).as("every byte read").isZero();
        // copy(in, out) writes the same bytes
        DataOutputSerializer copied = new DataOutputSerializer(64);
        serializer.copy(new DataInputDeserializer(bytes), copied);
        assertThat(copied.getCopyOfBuffer()).isEqualTo(bytes);
        return back;
    }
}
