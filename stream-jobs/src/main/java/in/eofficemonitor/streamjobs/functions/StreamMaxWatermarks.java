package in.eofficemonitor.streamjobs.functions;

import in.eofficemonitor.streamjobs.records.SequencedEvent;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.TimestampAssignerSupplier;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkGeneratorSupplier;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Watermarks derived from each event's {@code streamMaxTs}: the newest event time minus the out-of-order
 * bound, rounded down to a step so that not every event carries a watermark. The watermark is a function of
 * the input prefix only (not of wall-clock emission intervals), so a replay after a restart releases the same
 * events and fires the same stuck timers as the first run did.
 */
public final class StreamMaxWatermarks implements WatermarkStrategy<SequencedEvent> {

    private final long boundMillis;
    private final long stepMillis;

    public StreamMaxWatermarks(Duration outOfOrderBound, Duration step) {
        this.boundMillis = outOfOrderBound.toMillis();
        this.stepMillis = Math.max(1, step.toMillis());
    }

    @Override
    public TimestampAssigner<SequencedEvent> createTimestampAssigner(TimestampAssignerSupplier.Context context) {
        return (event, previous) -> event.parsed() ? event.tsMillis() : previous;
    }

    @Override
    public WatermarkGenerator<SequencedEvent> createWatermarkGenerator(WatermarkGeneratorSupplier.Context context) {
        return new WatermarkGenerator<>() {
            private long emitted = Long.MIN_VALUE;

            @Override
            public void onEvent(SequencedEvent event, long eventTimestamp, WatermarkOutput output) {
                if (!event.parsed()) {
                    return;
                }
                long candidate = Math.floorDiv(event.streamMaxTs() - boundMillis, stepMillis) * stepMillis - 1;
                if (candidate > emitted) {
                    emitted = candidate;
                    output.emitWatermark(new Watermark(candidate));
                }
            }

            @Override
            public void onPeriodicEmit(WatermarkOutput output) {
                // Only events move event time: an idle stream holds its watermark (no guesses from the clock).
            }
        };
    }
}
