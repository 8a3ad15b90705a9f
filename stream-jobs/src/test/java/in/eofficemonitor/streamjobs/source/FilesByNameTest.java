package in.eofficemonitor.streamjobs.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a watched directory are read, in which order, under which split ids. */
class FilesByNameTest {

    @TempDir
    Path dir;

    @Test
    void everyVisibleFileBelowTheDirectoryInNameOrderHiddenOnesSkipped() throws Exception {
        for (String name : List.of("events-0002.jsonl", "events-0001.jsonl", ".events-0003.jsonl", "_tmp.jsonl",
                "2026/11/events-0000.jsonl", ".staging/events-0009.jsonl")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{}\n", StandardCharsets.UTF_8);
        }
        org.apache.flink.core.fs.Path root = new org.apache.flink.core.fs.Path(dir.toUri());

        List<FileSourceSplit> splits = List.copyOf(new FilesByName(new JsonLinesFormat(root))
                .enumerateSplits(new org.apache.flink.core.fs.Path[] {root}, 1));

        assertThat(splits).extracting(FileSourceSplit::splitId)
                .containsExactly("2026/11/events-0000.jsonl", "events-0001.jsonl", "events-0002.jsonl");
        assertThat(splits).allSatisfy(s -> assertThat(s.length()).isEqualTo(3));
    }

    @Test
    void aLinkIsListedAsItselfAndALinkedDirectoryIsNotEntered() throws Exception {
        Path outside = Files.createTempDirectory("outside");
        try {
            Files.writeString(outside.resolve("secret.jsonl"), "{}\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("events-0001.jsonl"), "{}\n", StandardCharsets.UTF_8);
            Files.createSymbolicLink(dir.resolve("events-0002.jsonl"), outside.resolve("secret.jsonl"));
            Files.createSymbolicLink(dir.resolve("linked"), outside);
            org.apache.flink.core.fs.Path root = new org.apache.flink.core.fs.Path(dir.toUri());

            List<FileSourceSplit> splits = List.copyOf(new FilesByName(new JsonLinesFormat(root))
                    .enumerateSplits(new org.apache.flink.core.fs.Path[] {root}, 1));

            // The links stay in the listing (so the reader reports each once), the linked directory is not entered.
            assertThat(splits).extracting(FileSourceSplit::splitId)
                    .containsExactly("events-0001.jsonl", "events-0002.jsonl", "linked");
        } finally {
            Files.delete(outside.resolve("secret.jsonl"));
            Files.delete(outside);
        }
    }

    @Test
    void splitsAreHandedOutInNameOrderWhateverOrderTheyCameIn() throws Exception {
        org.apache.flink.core.fs.Path root = new org.apache.flink.core.fs.Path(dir.toUri());
        SplitsByName assigner = new SplitsByName(List.of(split(root, "b.jsonl")));
        assigner.addSplits(List.of(split(root, "c.jsonl"), split(root, "a.jsonl")));

        assertThat(assigner.remainingSplits()).extracting(FileSourceSplit::splitId)
                .containsExactly("a.jsonl", "b.jsonl", "c.jsonl");
        assertThat(assigner.getNext(null)).map(FileSourceSplit::splitId).hasValue("a.jsonl");
        assertThat(assigner.getNext("host")).map(FileSourceSplit::splitId).hasValue("b.jsonl");
        assertThat(assigner.getNext(null)).map(FileSourceSplit::splitId).hasValue("c.jsonl");
        assertThat(assigner.getNext(null)).isEmpty();
    }

    private static FileSourceSplit split(org.apache.flink.core.fs.Path root, String name) {
        return new FileSourceSplit(name, new org.apache.flink.core.fs.Path(root, name), 0, 1, 0, 1);
    }
}
