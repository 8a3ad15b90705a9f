package in.eofficemonitor.streamjobs.source;

import in.eofficemonitor.streamjobs.records.InputLine;
import java.time.Duration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;

/**
 * A directory watched for new JSON Lines files (Flink's {@link FileSource}, monitoring continuously): every file
 * that appears is read once, line by line, in name order. Exactly once in effect like the other sources: a
 * checkpoint holds which files were already found, which are waiting and how far the one being read has got, so
 * a restart neither reads a finished file again nor skips a line.
 *
 * <p>Files must appear complete: write them under a hidden name ({@code .events-0007.jsonl}) or elsewhere on the
 * same file system, then rename them into place. A name is read once; a corrected file needs a new name.
 */
public final class WatchedDirectory {

    private WatchedDirectory() {}

    /**
     * @param directory a local path or any file system URI Flink knows ({@code file:///…}, {@code s3://…},
     *     {@code hdfs://…})
     * @param poll how often the directory is listed
     * @param maxLineBytes a longer line is a dead letter, LINE_TOO_LONG
     */
    public static FileSource<InputLine> source(String directory, Duration poll, int maxLineBytes) {
        Path root = new Path(directory);
        JsonLinesFormat format = new JsonLinesFormat(root, maxLineBytes);
        return FileSource.forBulkFileFormat(format, root)
                .monitorContinuously(poll)
                .setFileEnumerator(() -> new FilesByName(format))
                .setSplitAssigner(SplitsByName::new)
                .build();
    }

    /** The operator name of the source, for logs and the Flink UI. */
    public static String sourceName(String directory) {
        return "watch:" + directory;
    }
}
