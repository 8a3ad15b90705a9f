package in.eofficemonitor.streamjobs.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.enumerate.FileEnumerator;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * Lists the files below a watched directory, one split per file, in name order. Hidden names (starting with
 * {@code .} or {@code _}, Flink's convention for files being written) are skipped, files and directories alike.
 * A symbolic link is listed as itself and never followed ({@link InsideOnly}).
 *
 * <p>The split id is the file's name below the directory rather than Flink's counter: the counter starts again
 * after a restore, and a new file could then get the id of a file a restored reader is still reading.
 */
final class FilesByName implements FileEnumerator {

    private final JsonLinesFormat names;

    FilesByName(JsonLinesFormat names) {
        this.names = names;
    }

    @Override
    public Collection<FileSourceSplit> enumerateSplits(Path[] paths, int minDesiredSplits) throws IOException {
        List<FileSourceSplit> splits = new ArrayList<>();
        for (Path path : paths) {
            FileSystem fs = path.getFileSystem();
            addFiles(fs, fs.getFileStatus(path), splits);
        }
        splits.sort(Comparator.comparing(FileSourceSplit::splitId));
        return splits;
    }

    private void addFiles(FileSystem fs, FileStatus status, List<FileSourceSplit> out) throws IOException {
        String name = status.getPath().getName();
        if (name.startsWith(".") || name.startsWith("_")) {
            return;
        }
        if (InsideOnly.isLink(status.getPath())) {
            // Listed as itself, not followed: its reader reports it once as NOT_A_REGULAR_FILE and reads nothing.
            out.add(new FileSourceSplit(names.name(status.getPath()), status.getPath(), 0, 0,
                    status.getModificationTime(), 0));
            return;
        }
        if (status.isDir()) {
            for (FileStatus child : fs.listStatus(status.getPath())) {
                addFiles(fs, child, out);
            }
            return;
        }
        out.add(new FileSourceSplit(names.name(status.getPath()), status.getPath(), 0, status.getLen(),
                status.getModificationTime(), status.getLen()));
    }
}
