package in.eofficemonitor.warehouse.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Output held back before the response starts: in memory up to a limit, then in a temporary
 * file, so {@code wait_end_of_query=1} never holds a large result
 * whole in the heap.
 */
final class SpillBuffer extends OutputStream {

    private final int memoryLimit;
    private final SpillSpace space;
    private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private SpillSpace.Tracked fileOut;
    private long size;

    /** Beyond {@code memoryLimit} bytes, the rest goes to a temporary file counted against {@code space}. */
    SpillBuffer(int memoryLimit, SpillSpace space) {
        this.memoryLimit = memoryLimit;
        this.space = space;
    }

    static SpillBuffer of(byte[] bytes) {
        SpillBuffer b = new SpillBuffer(Math.max(bytes.length, 1), null);
        b.memory.writeBytes(bytes);
        b.size = bytes.length;
        return b;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (fileOut == null && memory.size() + len > memoryLimit) {
            file = Files.createTempFile("eoffice-warehouse-result", ".bin");
            fileOut = space.track(new java.io.BufferedOutputStream(Files.newOutputStream(file), 64 * 1024));
            memory.writeTo(fileOut);
            memory.reset();
        }
        if (fileOut != null) {
            fileOut.write(b, off, len);
        } else {
            memory.write(b, off, len);
        }
        size += len;
    }

    long size() {
        return size;
    }

    void writeTo(OutputStream out) throws IOException {
        if (fileOut == null) {
            memory.writeTo(out);
            return;
        }
        fileOut.close();
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        }
    }

    /** Deletes the temporary file, if there is one. */
    @Override
    public void close() throws IOException {
        if (fileOut != null) {
            try {
                fileOut.close();
                Files.deleteIfExists(file);
            } finally {
                fileOut.giveBack();
                fileOut = null;
            }
        }
    }
}
