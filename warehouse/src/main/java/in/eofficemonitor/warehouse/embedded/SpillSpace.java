package in.eofficemonitor.warehouse.embedded;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The temporary-file space all requests share (spooled INSERT bodies, held-back results): a request that would
 * take more than what is left is refused with NOT_ENOUGH_SPACE instead of filling the disk under the data.
 */
final class SpillSpace {

    private final long max;
    private final ClickHouseErrors errors;
    private final AtomicLong used = new AtomicLong();

    SpillSpace(long max, ClickHouseErrors errors) {
        this.max = max;
        this.errors = errors;
    }

    long used() {
        return used.get();
    }

    /** {@code out}, counting what is written against the space until {@link Tracked#giveBack()}. */
    Tracked track(OutputStream out) {
        return new Tracked(out);
    }

    /** A temporary file's stream; its owner gives the space back once the file is deleted. */
    final class Tracked extends FilterOutputStream {
        private long taken;

        Tracked(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            take(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            take(len);
            out.write(b, off, len);
        }

        private void take(long n) {
            if (used.addAndGet(n) > max) {
                used.addAndGet(-n);
                throw errors.error("NOT_ENOUGH_SPACE", "The embedded warehouse's temporary files would exceed "
                        + max + " bytes (limit maxSpillBytes, --max-spill); send less at once or try later");
            }
            taken += n;
        }

        void giveBack() {
            used.addAndGet(-taken);
            taken = 0;
        }
    }
}
