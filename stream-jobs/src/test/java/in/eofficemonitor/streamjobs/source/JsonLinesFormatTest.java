package in.eofficemonitor.streamjobs.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.records.InputLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one file of a watched directory: names, positions, a restore mid-file, the length when found. */
class JsonLinesFormatTest {

    @TempDir
    Path dir;

    @Test
    void linesAreNamedByTheFilesPathBelowTheDirectoryAndTheirNumber() throws Exception {
        Path file = write("sub/events-01.jsonl", "a\nb\nc\n");

        List<RecordAndPosition<InputLine>> read = readAll(format().createReader(new Configuration(), split(file)));

        assertThat(read).extracting(r -> r.getRecord().source(), r -> r.getRecord().position(), r -> r.getRecord().raw())
                .containsExactly(
                        tuple("file:sub/events-01.jsonl", "sub/events-01.jsonl:1", "a"),
                        tuple("file:sub/events-01.jsonl", "sub/events-01.jsonl:2", "b"),
                        tuple("file:sub/events-01.jsonl", "sub/events-01.jsonl:3", "c"));
        // After line n the reader resumes by skipping n lines.
        assertThat(read).extracting(RecordAndPosition::getOffset, RecordAndPosition::getRecordSkipCount)
                .containsExactly(tuple(CheckpointedPosition.NO_OFFSET, 1L),
                        tuple(CheckpointedPosition.NO_OFFSET, 2L),
                        tuple(CheckpointedPosition.NO_OFFSET, 3L));
    }

    @Test
    void aRestoredReaderGoesOnAtTheNextLineWithItsNumber() throws Exception {
        Path file = write("events.jsonl", "a\nb\nc\nd");
        FileSourceSplit restored = split(file).updateWithCheckpointedPosition(
                new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, 2));

        assertThat(readAll(format().restoreReader(new Configuration(), restored)))
                .extracting(r -> r.getRecord().position(), r -> r.getRecord().raw())
                .containsExactly(tuple("events.jsonl:3", "c"),
                        tuple("events.jsonl:4", "d"));
    }

    @Test
    void aFileIsReadAsLongAsItWasWhenFound() throws Exception {
        Path file = write("events.jsonl", "a\nb\n");
        FileSourceSplit found = split(file);
        Files.writeString(file, "c\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        assertThat(readAll(format().createReader(new Configuration(), found)))
                .extracting(r -> r.getRecord().raw()).containsExactly("a", "b");
    }

    @Test
    void aFileShorterThanItsCheckpointIsAnError() throws Exception {
        Path file = write("events.jsonl", "a\n");
        FileSourceSplit restored = split(file).updateWithCheckpointedPosition(
                new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, 5));

        assertThatThrownBy(() -> format().restoreReader(new Configuration(), restored))
                .isInstanceOf(IOException.class).hasMessageContaining("fewer lines");
    }

    @Test
    void moreLinesThanABatchKeepTheirNumbers() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 2_500; i++) {
            sb.append("line ").append(i).append('\n');
        }
        Path file = write("big.jsonl", sb.toString());

        List<RecordAndPosition<InputLine>> read = readAll(format().createReader(new Configuration(), split(file)));

        assertThat(read).hasSize(2_500);
        assertThat(read.get(1_000).getRecord().position()).isEqualTo("big.jsonl:1001");
        assertThat(read.get(1_000).getRecord().raw()).isEqualTo("line 1001");
        assertThat(read.getLast().getRecordSkipCount()).isEqualTo(2_500);
    }

    @Test
    void aLineOverTheLimitIsLineTooLongWithOnlyItsBeginningKeptAndTheNextLineIntact() throws Exception {
        String huge = "{\"event_id\":\"" + "x".repeat(3 << 20) + "\"}";
        Path file = write("huge.jsonl", "a\n" + huge + "\nb\n");

        List<RecordAndPosition<InputLine>> read = readAll(format().createReader(new Configuration(), split(file)));

        assertThat(read).extracting(r -> r.getRecord().position()).containsExactly("huge.jsonl:1", "huge.jsonl:2", "huge.jsonl:3");
        InputLine tooLong = read.get(1).getRecord();
        assertThat(tooLong.rejection()).isEqualTo(RejectionReason.LINE_TOO_LONG);
        assertThat(tooLong.raw()).hasSize(BoundedLines.KEEP_BYTES).startsWith("{\"event_id\":\"xxx");
        assertThat(tooLong.detail()).contains(String.valueOf(huge.length()));
        assertThat(read.get(2).getRecord().raw()).isEqualTo("b");
        assertThat(read.get(2).getRecord().rejection()).isNull();
    }

    @Test
    void bytesThatAreNotUtf8AreNotUtf8NotAQuietReplacement() throws Exception {
        Path file = dir.resolve("latin1.jsonl");
        byte[] bad = "{\"subject\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        try (var out = Files.newOutputStream(file)) {
            out.write("{\"ok\":\"\u0928\u0939\u0940\u0902 \uFFFD\"}\r\n".getBytes(StandardCharsets.UTF_8));
            out.write(bad);
            out.write('\n');
        }

        List<RecordAndPosition<InputLine>> read = readAll(format().createReader(new Configuration(), split(file)));

        assertThat(read.get(0).getRecord().rejection()).as("valid UTF-8, a real U+FFFD among it").isNull();
        assertThat(read.get(0).getRecord().raw()).isEqualTo("{\"ok\":\"\u0928\u0939\u0940\u0902 \uFFFD\"}");
        assertThat(read.get(1).getRecord().rejection()).isEqualTo(RejectionReason.NOT_UTF8);
        assertThat(read.get(1).getRecord().detail()).contains("byte 16");
    }

    @Test
    void aSymbolicLinkIsNotReadButReportedOnceAsOneRejectedLine() throws Exception {
        Path secret = Files.writeString(Files.createTempFile("outside", ".txt"), "root:x:0:0:secret\n");
        try {
            Path link = Files.createSymbolicLink(dir.resolve("events-0001.jsonl"), secret);

            List<RecordAndPosition<InputLine>> read = readAll(format().createReader(new Configuration(), split(link)));

            assertThat(read).singleElement().satisfies(r -> {
                assertThat(r.getRecord().rejection()).isEqualTo(RejectionReason.NOT_A_REGULAR_FILE);
                assertThat(r.getRecord().raw()).doesNotContain("secret");
                assertThat(r.getRecord().position()).isEqualTo("events-0001.jsonl:0");
                assertThat(r.getRecord().detail()).contains("symbolic link");
            });
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void aFileBelowALinkedDirectoryIsNotReadEither() throws Exception {
        Path outside = Files.createTempDirectory("outside");
        try {
            Files.writeString(outside.resolve("a.jsonl"), "secret\n");
            Files.createSymbolicLink(dir.resolve("linked"), outside);
            Path viaLink = dir.resolve("linked").resolve("a.jsonl");

            List<RecordAndPosition<InputLine>> read = readAll(format().createReader(new Configuration(), split(viaLink)));

            assertThat(read).singleElement().satisfies(r -> {
                assertThat(r.getRecord().rejection()).isEqualTo(RejectionReason.NOT_A_REGULAR_FILE);
                assertThat(r.getRecord().raw()).doesNotContain("secret");
            });
        } finally {
            Files.delete(outside.resolve("a.jsonl"));
            Files.delete(outside);
        }
    }

    private JsonLinesFormat format() {
        return new JsonLinesFormat(new org.apache.flink.core.fs.Path(dir.toUri()));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private FileSourceSplit split(Path file) throws IOException {
        org.apache.flink.core.fs.Path p = new org.apache.flink.core.fs.Path(file.toUri());
        return new FileSourceSplit(format().name(p), p, 0, Files.size(file), 0, Files.size(file));
    }

    private static List<RecordAndPosition<InputLine>> readAll(BulkFormat.Reader<InputLine> reader) throws IOException {
        List<RecordAndPosition<InputLine>> out = new ArrayList<>();
        try (reader) {
            BulkFormat.RecordIterator<InputLine> batch;
            while ((batch = reader.readBatch()) != null) {
                RecordAndPosition<InputLine> r;
                while ((r = batch.next()) != null) {
                    out.add(new RecordAndPosition<>(r.getRecord(), r.getOffset(), r.getRecordSkipCount()));
                }
                batch.releaseBatch();
            }
        }
        return out;
    }
}
