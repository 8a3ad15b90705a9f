package in.eofficemonitor.warehouse.embedded;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Part of a request in a temporary file (an INSERT body, an external-data table), counted against the spill
 * space while it exists; deleting it gives its space back.
 */
record Spool(Path file, SpillSpace.Tracked out) {

    private static final Logger log = LoggerFactory.getLogger(Spool.class);

    /** A new empty temporary file to write through {@link #out()}. */
    static Spool create(SpillSpace space, String prefix) throws IOException {
        Path file = Files.createTempFile(prefix, ".bin");
        try {
            return new Spool(file, space.track(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    void delete() {
        try {
            if (out != null) {
                out.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete {}: {}", file, e.toString());
        } finally {
            if (out != null) {
                out.giveBack();
            }
        }
    }
}
