package in.eofficemonitor.streamjobs.source;

import in.eofficemonitor.streamjobs.records.InputLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * A JSON Lines file read once, as a bounded source whose checkpointed position is the line number: Flink's
 * sequence source checkpoints how many lines were emitted, and after a restore this function reopens the file
 * and skips to that line. Positions are {@code <file name>:<line number>}, so every line has a stable name.
 */
public final class FileLines implements GeneratorFunction<Long, InputLine> {

    private final String path;
    private final String sourceName;
    private final int maxLineBytes;

    private transient BoundedLines reader;
    private transient long nextIndex;

    FileLines(Path file, int maxLineBytes) {
        this.path = file.toAbsolutePath().toString();
        this.sourceName = "file:" + file.getFileName();
        this.maxLineBytes = maxLineBytes;
    }

    /** The source over every line of {@code file}; a line over {@code maxLineBytes} is LINE_TOO_LONG. */
    public static DataGeneratorSource<InputLine> source(Path file, int maxLineBytes) {
        return new DataGeneratorSource<>(new FileLines(file, maxLineBytes), countLines(file),
                TypeInformation.of(InputLine.class));
    }

    /** The same, emitting at most {@code linesPerSecond} lines a second: a file replayed as a live stream. */
    public static DataGeneratorSource<InputLine> source(Path file, double linesPerSecond) {
        return new DataGeneratorSource<>(new FileLines(file, BoundedLines.DEFAULT_MAX_LINE_BYTES), countLines(file),
                RateLimiterStrategy.perSecond(linesPerSecond), TypeInformation.of(InputLine.class));
    }

    public static String sourceName(Path file) {
        return "file:" + file.getFileName();
    }

    /** The lines of {@code file} as the source will read them (counted in bounded memory, not decoded). */
    public static long countLines(Path file) {
        try (BoundedLines r = new BoundedLines(Files.newInputStream(file), BoundedLines.DEFAULT_MAX_LINE_BYTES)) {
            long n = 0;
            while (r.skip()) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void open(SourceReaderContext readerContext) {
        reader = null;
    }

    @Override
    public InputLine map(Long index) throws IOException {
        if (reader == null || index != nextIndex) {
            seek(index);
        }
        BoundedLines.Line line = reader.next();
        if (line == null) {
            throw new IOException(path + " has fewer lines than when the import started (line " + (index + 1) + ")");
        }
        nextIndex = index + 1;
        return new InputLine(sourceName, sourceName.substring("file:".length()) + ":" + (index + 1), line.text(),
                line.rejection(), line.detail());
    }

    private void seek(long index) throws IOException {
        close();
        reader = new BoundedLines(Files.newInputStream(Path.of(path)), maxLineBytes);
        for (long i = 0; i < index; i++) {
            if (!reader.skip()) {
                throw new IOException(path + " ended before line " + (index + 1));
            }
        }
        nextIndex = index;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
