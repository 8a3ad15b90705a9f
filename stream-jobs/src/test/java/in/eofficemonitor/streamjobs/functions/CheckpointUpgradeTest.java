package in.eofficemonitor.streamjobs.functions;

import static in.eofficemonitor.streamjobs.functions.FileMovementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.records.DeadLetterRow;
import in.eofficemonitor.streamjobs.records.DeskVisitRow;
import in.eofficemonitor.streamjobs.records.FilePositionRow;
import in.eofficemonitor.streamjobs.records.FileState;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.streamjobs.records.SequencedEvent;
import in.eofficemonitor.streamjobs.records.WarehouseRow;
import in.eofficemonitor.streamjobs.records.WarehouseRows;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.PojoField;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

/**
 * Checkpoints retained before FileState and SequencedEvent had serializers of their own hold them as Flink POJOs.
 * Such a checkpoint must restore: the file's state and its events waiting for the watermark are read back and the
 * job carries on as if it had never stopped.
 */
class CheckpointUpgradeTest {

    @Test
    void stateWrittenByFlinksPojoSerializerRestoresIntoTheCurrentFunction() throws Exception {
        OperatorSubtaskState before;
        try (var old = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new PojoLayout()),
                (SequencedEvent e) -> e.event().fileId(), Types.STRING)) {
            old.setup(WarehouseRows.TYPE.createSerializer(new SerializerConfigImpl()));
            old.open();
            // The file was created and applied; its forward is still waiting for the watermark.
            old.processElement(onTime(forwarded("e2", ONE_HOUR_LATER, CLERK, SUPERINTENDENT)),
                    ONE_HOUR_LATER.toEpochMilli());
            before = old.snapshot(1, 1);
        }

        var rules = new StayRules(REGISTRY, StuckThresholds.defaults(), true);
        try (var restored = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new FileMovementFunction(new FileTransitions(rules), Duration.ofHours(24))),
                (SequencedEvent e) -> e.event().fileId(), Types.STRING)) {
            restored.setup(WarehouseRows.TYPE.createSerializer(new SerializerConfigImpl()));
            restored.initializeState(before);
            restored.open();
            send(restored, onTime(forwarded("e3", TWO_HOURS_LATER, SUPERINTENDENT, COLLECTOR)));
            watermark(restored, TWO_HOURS_LATER);

            assertThat(rows(restored, DeadLetterRow.class)).isEmpty();
            assertThat(rows(restored, DeskVisitRow.class)).extracting(DeskVisitRow::deskId, DeskVisitRow::version)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(CLERK, 2),
                            org.assertj.core.groups.Tuple.tuple(SUPERINTENDENT, 1),
                            org.assertj.core.groups.Tuple.tuple(SUPERINTENDENT, 2),
                            org.assertj.core.groups.Tuple.tuple(COLLECTOR, 1));
            assertThat(rows(restored, FilePositionRow.class)).last().satisfies(p -> {
                assertThat(p.deskId()).isEqualTo(COLLECTOR);
                assertThat(p.subject()).isEqualTo("Land record mutation");
                assertThat(p.version()).isEqualTo(3);
                assertThat(p.levels()).isEqualTo(3);
            });
        }
    }

    /** The per-file state as the function kept it before: the same state names, POJO-serialized. */
    private static final class PojoLayout extends KeyedProcessFunction<String, SequencedEvent, WarehouseRow> {
        private transient ValueState<FileState> file;
        private transient ListState<SequencedEvent> pending;
        private transient MapState<String, Boolean> seen;

        @Override
        public void open(OpenContext context) {
            file = getRuntimeContext().getState(new ValueStateDescriptor<>("file", pojo(FileState.class)));
            pending = getRuntimeContext().getListState(
                    new ListStateDescriptor<>("pending-events", pojo(SequencedEvent.class)));
            // The event ids were a map with a TTL per id; today's function keeps them elsewhere and leaves this alone.
            MapStateDescriptor<String, Boolean> ids = new MapStateDescriptor<>("seen-event-ids", Types.STRING, Types.BOOLEAN);
            ids.enableTimeToLive(StateTtlConfig.newBuilder(Duration.ofHours(24))
                    .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                    .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                    .build());
            seen = getRuntimeContext().getMapState(ids);
        }

        @Override
        public void processElement(SequencedEvent in, Context ctx, Collector<WarehouseRow> out) throws Exception {
            MovementEvent created = created("e1", MONDAY_10AM, CLERK);
            var placement = new StayRules(REGISTRY, StuckThresholds.defaults(), true)
                    .place(CLERK, COLLECTORATE, created.priority(), MONDAY_10AM);
            file.update(new FileState(FILE, created.kind(), created.subject(), MONDAY_10AM, COLLECTORATE, false, null,
                    CLERK, placement.officeId(), created.priority(), MONDAY_10AM, created.type(), "e1",
                    placement.stuckAt(), placement.stuckAtCalendar(), placement.effectiveStuckAt(), false,
                    new String[] {CLERK}, 0, 1, "e1", MONDAY_10AM));
            seen.put("e1", true);
            seen.put(in.event().eventId(), true);
            pending.add(in);
            ctx.timerService().registerEventTimeTimer(in.tsMillis());
        }
    }

    /** Flink's POJO type of a record, as TypeExtractor made it before the record named a serializer. */
    private static <T> TypeInformation<T> pojo(Class<T> type) {
        List<PojoField> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            try {
                fields.add(new PojoField(type.getDeclaredField(c.getName()),
                        c.getType().isRecord() ? pojo(c.getType()) : TypeExtractor.getForClass(c.getType())));
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return new PojoTypeInfo<>(type, fields);
    }
}
