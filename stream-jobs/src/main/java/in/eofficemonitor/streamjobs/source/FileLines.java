package in.eofficemonitor.streamjobs.source;

import in.eofficemonitor.streamjobs.records.InputLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    private transient BufferedReader reader;
    private transient long nextIndex;

    private FileLines(Path file) {
        this.path = file.toAbsolutePath().toString();
        this.sourceName = "file:" + file.getFileName();
    }

    /** The source over every line of {@code file}. */
    public static DataGeneratorSource<InputLine> source(Path file) {
        return new DataGeneratorSource<>(new FileLines(file), countLines(file), TypeInformation.of(InputLine.class));
    }

    /** The same, emitting at most {@code linesPerSecond} lines a second: a file replayed as a live stream. */
    public static DataGeneratorSource<InputLine> source(Path file, double linesPerSecond) {
        return new DataGeneratorSource<>(new FileLines(file), countLines(file),
                RateLimiterStrategy.perSecond(linesPerSecond), TypeInformation.of(InputLine.class));
    }

    public static String sourceName(Path file) {
        return "file:" + file.getFileName();
    }

    public static long countLines(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long n = 0;
            while (r.readLine() != null) {
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
        String line = reader.readLine();
        if (line == null) {
            throw new IOException(path + " has fewer lines than when the import started (line " + (index + 1) + ")");
        }
        nextIndex = index + 1;
        return new InputLine(sourceName, sourceName.substring("file:".length()) + ":" + (index + 1), line);
    }

    private void seek(long index) throws IOException {
        close();
        reader = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8);
        for (long i = 0; i < index; i++) {
            if (reader.readLine() == null) {
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
