package in.eofficemonitor.streamjobs.functions;

import in.eofficemonitor.streamjobs.records.InputLine;
import in.eofficemonitor.streamjobs.records.SequencedEvent;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.api.operators.TimestampedCollector;

/**
 * {@link ParseLines} as an operator that hears the end of a bounded input ({@code import}, a Kafka backfill): the
 * lines still held for a confirmation that can no longer come are let go then, as FUTURE_TS, so every line of an
 * import is accounted for.
 */
public final class ParseLinesOperator extends ProcessOperator<InputLine, SequencedEvent> implements BoundedOneInput {

    private final ParseLines parser;

    public ParseLinesOperator(ParseLines parser) {
        super(parser);
        this.parser = parser;
    }

    @Override
    public void endInput() {
        parser.drain(new TimestampedCollector<>(output));
    }
}
