package in.eofficemonitor.streamjobs.source;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The rule that a watched directory on a local disk is read only through regular files inside it: a symbolic link
 * (to a file or a directory, anywhere on the way down from the directory) would let whoever can drop a file there
 * make the job read any file the service can read, and a pipe or a device would block the reader. Other file
 * systems (HDFS, S3) have no such links; there the rule does not apply.
 */
final class InsideOnly {

    private InsideOnly() {}

    /** A local path for a Flink path on the local file system, or null. */
    static Path local(org.apache.flink.core.fs.Path path) {
        URI uri = path.toUri();
        return uri.getScheme() == null || uri.getScheme().equals("file") ? Path.of(uri.getPath()) : null;
    }

    /** Whether this entry of a listing is itself a symbolic link (listed as itself, never entered). */
    static boolean isLink(org.apache.flink.core.fs.Path path) {
        Path p = local(path);
        return p != null && Files.isSymbolicLink(p);
    }

    /**
     * Why {@code file} is not a regular file inside {@code root} — in words for the dead letter and the log — or null
     * when it is one.
     */
    static String refusal(Path root, Path file) throws IOException {
        Path rel = root.relativize(file.normalize());
        if (rel.startsWith("..") || rel.isAbsolute()) {
            return file + " is outside the watched directory " + root;
        }
        Path at = root;
        for (Path name : rel) {
            at = at.resolve(name);
            if (Files.isSymbolicLink(at)) {
                return at + " is a symbolic link (to " + Files.readSymbolicLink(at) + "); only regular files inside the "
                        + "watched directory are read";
            }
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return file + " is not a regular file; only regular files inside the watched directory are read";
        }
        return null;
    }
}
