package in.eofficemonitor.streamjobs.source;

import in.eofficemonitor.streamjobs.records.InputLine;
import in.eofficemonitor.streamjobs.simulator.LiveEventStream;
import in.eofficemonitor.streamjobs.simulator.NoiseOptions;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * The simulator's live stream ({@link LiveEventStream}) as a Flink source. Flink's sequence source checkpoints
 * how many lines were emitted; the simulator is deterministic for its configuration, so after a restore this
 * function regenerates the stream and skips to that line. Positions are {@code <seed>:<line number>}.
 *
 * <p>A line that is not yet due on the wall clock (the simulator's speed-up) is waited for in the source thread;
 * at the demo's rates that wait is well under a second.
 */
public final class SimulatorLines implements GeneratorFunction<Long, InputLine> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The parts of {@link LiveEventStream.Config}, kept in serializable form for the job graph. */
    public record Settings(long seed, long startEpochMilli, int historyDays, double speedUp, double volume,
            double badShare, double duplicateShare, double lateShare, long maxLatenessMillis) implements Serializable {

        public static Settings of(LiveEventStream.Config c) {
            NoiseOptions n = c.noise();
            return new Settings(c.seed(), c.start().toEpochMilli(), c.historyDays(), c.speedUp(), c.volume(),
                    n.badShare(), n.duplicateShare(), n.lateShare(), n.maxLateness().toMillis());
        }

        LiveEventStream.Config config() {
            return new LiveEventStream.Config(seed, Instant.ofEpochMilli(startEpochMilli), historyDays, speedUp, volume,
                    new NoiseOptions(badShare, duplicateShare, lateShare, Duration.ofMillis(maxLatenessMillis)));
        }
    }

    private final Settings settings;
    private final String sourceName;
    private transient LiveEventStream stream;

    private SimulatorLines(Settings settings) {
        this.settings = settings;
        this.sourceName = sourceName(settings);
    }

    /** The live stream, unbounded ({@code lines} = Long.MAX_VALUE) or the first {@code lines} lines. */
    public static DataGeneratorSource<InputLine> source(Settings settings, long lines) {
        return new DataGeneratorSource<>(new SimulatorLines(settings), lines, TypeInformation.of(InputLine.class));
    }

    public static String sourceName(Settings settings) {
        return "simulator:" + settings.seed();
    }

    @Override
    public void open(SourceReaderContext readerContext) {
        stream = new LiveEventStream(settings.config());
    }

    @Override
    public InputLine map(Long index) {
        if (stream.position() != index) {
            stream.skipTo(index);
        }
        String line = stream.next();
        return new InputLine(sourceName, settings.seed() + ":" + (index + 1), line);
    }
}
