package in.eofficemonitor.streamjobs.simulator;

import java.io.PrintStream;

/**
 * A progress line on the terminal for long generations: a bar, events written (Indian digit grouping), the
 * rate and the time left. Redrawn in place on a terminal; on a pipe or file, one line every 10 %.
 */
final class ProgressBar {

    private final PrintStream err;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;
    private int lastDecile = -1;

    ProgressBar(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** @param fraction the share of the simulated period done, 0..1 */
    void update(long events, double fraction) {
        long now = System.nanoTime();
        int decile = (int) Math.floor(Math.min(1, Math.max(0, fraction)) * 10);
        if (terminal) {
            if (now - lastDrawNanos < 200_000_000L) {
                return;
            }
            lastDrawNanos = now;
            err.print("\r" + line(events, fraction, now));
            err.flush();
        } else if (decile > lastDecile) {
            lastDecile = decile;
            err.println(line(events, fraction, now));
        }
    }

    void finish(long events) {
        String l = line(events, 1.0, System.nanoTime());
        err.print(terminal ? "\r" + l + "\n" : l + "\n");
        err.flush();
    }

    private String line(long events, double fraction, long now) {
        double f = Math.min(1, Math.max(0, fraction));
        double secs = Math.max(1e-9, (now - startNanos) / 1e9);
        int filled = (int) Math.round(f * 30);
        String bar = "#".repeat(filled) + ".".repeat(30 - filled);
        String eta = f > 0.001 ? duration((long) (secs / f - secs)) : "--:--";
        return String.format("[%s] %3d%%  %s events  %s/s  ETA %s   ", bar, Math.round(f * 100), indian(events),
                indian((long) (events / secs)), eta);
    }

    private static String duration(long seconds) {
        return seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    /** 12,34,56,789: the last three digits, then groups of two (lakh, crore). */
    static String indian(long n) {
        String s = Long.toString(Math.abs(n));
        if (s.length() <= 3) {
            return (n < 0 ? "-" : "") + s;
        }
        StringBuilder sb = new StringBuilder(s.substring(s.length() - 3));
        int i = s.length() - 3;
        while (i > 0) {
            int from = Math.max(0, i - 2);
            sb.insert(0, s.substring(from, i) + ",");
            i = from;
        }
        return (n < 0 ? "-" : "") + sb;
    }
}
