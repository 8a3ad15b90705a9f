package in.eofficemonitor.streamjobs.source;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.records.InputLine;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.apache.flink.core.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one JSON Lines file of a watched directory as {@link InputLine}s named {@code <name>:<line number>}, where
 * the name is the file's path below the directory ({@code events-0007.jsonl} for a file directly in it — the name
 * {@code import} gives the same file, so rows derived from it have the same keys either way).
 *
 * <p>Flink's file source checkpoints, per file, the position after the last line emitted; here that is "skip this
 * many lines" ({@link CheckpointedPosition#getRecordsAfterOffset()}, no byte offset), so a restored reader reopens
 * the file and skips to the next line, and every line keeps its number across a restart. A file is read only up to
 * the length it had when it was found: a file that is still growing gives the same lines on every replay (its tail
 * is not read at all, which is why files must appear complete — docs/operations-flink.md). Lines are read by
 * {@link BoundedLines} (bounded, strict UTF-8). On a local disk only regular files inside the directory are read
 * ({@link InsideOnly}): a symbolic link is reported by one NOT_A_REGULAR_FILE line (and in the log) and not read.
 */
final class JsonLinesFormat implements BulkFormat<InputLine, FileSourceSplit> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Lines handed to Flink per batch: enough to amortize the hand-over, small enough to keep checkpoints quick. */
    private static final int BATCH_LINES = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesFormat.class);

    private final String rootPath;
    private final int maxLineBytes;

    /** @param root the watched directory; file names are relative to it */
    JsonLinesFormat(Path root) {
        this(root, BoundedLines.DEFAULT_MAX_LINE_BYTES);
    }

    /** @param maxLineBytes a longer line is a dead letter, LINE_TOO_LONG ({@link BoundedLines}) */
    JsonLinesFormat(Path root, int maxLineBytes) {
        String p = root.toUri().getPath();
        this.rootPath = p.endsWith("/") ? p : p + "/";
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public Reader<InputLine> createReader(Configuration config, FileSourceSplit split) throws IOException {
        return new LineReader(split, name(split.path()), 0, maxLineBytes, rootPath);
    }

    @Override
    public Reader<InputLine> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
        long linesDone = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
        return new LineReader(split, name(split.path()), linesDone, maxLineBytes, rootPath);
    }

    @Override
    public boolean isSplittable() {
        // Line numbers are counted from the start of the file, so a file is one split.
        return false;
    }

    @Override
    public TypeInformation<InputLine> getProducedType() {
        return TypeInformation.of(InputLine.class);
    }

    /** The file's path below the watched directory. */
    String name(Path file) {
        String p = file.toUri().getPath();
        return p.startsWith(rootPath) ? p.substring(rootPath.length()) : file.getName();
    }

    private static final class LineReader implements BulkFormat.Reader<InputLine> {
        private final BoundedLines lines;
        /** Why the file is not read (not a regular file inside the directory); null for a file to read. */
        private String refusal;
        private final String source;
        private final String name;
        private final String path;
        private long lineNumber;

        LineReader(FileSourceSplit split, String name, long linesDone, int maxLineBytes, String rootPath)
                throws IOException {
            this.name = name;
            this.source = "file:" + name;
            this.path = split.path().toString();
            java.nio.file.Path local = InsideOnly.local(split.path());
            InputStream in;
            String refused = local == null ? null : InsideOnly.refusal(java.nio.file.Path.of(rootPath), local);
            if (refused != null) {
                LOG.warn("Not read: {}", refused);
                this.lines = new BoundedLines(InputStream.nullInputStream(), maxLineBytes);
                // Its one line was emitted before the checkpoint this reader is restored from, if linesDone says so.
                this.refusal = linesDone == 0 ? refused : null;
                this.lineNumber = linesDone;
                return;
            }
            if (local != null) {
                // Opened without following a link: one put in place after the check is refused by the kernel.
                in = Files.newInputStream(local, LinkOption.NOFOLLOW_LINKS);
            } else {
                in = split.path().getFileSystem().open(split.path());
            }
            this.lines = new BoundedLines(new Bounded(in, split.length()), maxLineBytes);
            for (long i = 0; i < linesDone; i++) {
                if (!lines.skip()) {
                    lines.close();
                    throw new IOException(path + " has fewer lines (" + i + ") than the checkpoint had read ("
                            + linesDone + "): it was changed after it appeared");
                }
            }
            this.lineNumber = linesDone;
        }

        @Override
        public RecordIterator<InputLine> readBatch() throws IOException {
            if (refusal != null) {
                // One line says why the file was not read; after it, the position is "1 line done".
                InputLine report = new InputLine(source, name + ":0", "", RejectionReason.NOT_A_REGULAR_FILE, refusal);
                refusal = null;
                lineNumber = 1;
                return new Batch(List.of(report), 0);
            }
            List<InputLine> batch = new ArrayList<>(BATCH_LINES);
            BoundedLines.Line line;
            while (batch.size() < BATCH_LINES && (line = lines.next()) != null) {
                batch.add(new InputLine(source, name + ":" + (lineNumber + batch.size() + 1), line.text(),
                        line.rejection(), line.detail()));
            }
            if (batch.isEmpty()) {
                return null;
            }
            long first = lineNumber;
            lineNumber += batch.size();
            return new Batch(batch, first);
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    /** Lines {@code first + 1 …}; after line n the position to resume from is "n lines done". */
    private static final class Batch implements BulkFormat.RecordIterator<InputLine> {
        private final List<InputLine> lines;
        private final long first;
        private int next;

        Batch(List<InputLine> lines, long first) {
            this.lines = lines;
            this.first = first;
        }

        @Override
        public RecordAndPosition<InputLine> next() {
            if (next >= lines.size()) {
                return null;
            }
            InputLine line = lines.get(next++);
            return new RecordAndPosition<>(line, CheckpointedPosition.NO_OFFSET, first + next);
        }

        @Override
        public void releaseBatch() {}
    }

    /** At most {@code limit} bytes of a stream: the file as long as it was when it was found. */
    private static final class Bounded extends FilterInputStream {
        private long remaining;

        Bounded(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, remaining));
            remaining -= skipped;
            return skipped;
        }
    }
}
