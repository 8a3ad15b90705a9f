package in.eofficemonitor.streamjobs.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's report: printed as it grows, kept for bench-results/pipeline.txt. */
final class Report {

    final List<String> lines = new ArrayList<>();

    void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        lines.add(s);
        System.out.println(s);
    }

    /** A stage's headline as soon as it is done (the table comes at the end). */
    void progress(PipelineBenchmark.Stage s) {
        System.out.printf(Locale.ROOT, "  … %s: %.1f s, %s events/s%n", s.name(), s.seconds(),
                indian(Math.round(s.eventsPerSecond())));
    }

    void stages(List<PipelineBenchmark.Stage> stages) {
        line("%-40s %9s %12s %9s %11s %6s %9s  %s", "stage", "wall s", "events/s", "CPU s", "CPU µs/ev", "cores",
                "peak RSS", "load average before → after");
        for (PipelineBenchmark.Stage s : stages) {
            line("%-40s %9.1f %12s %9.1f %11.1f %6.2f %6s MB  %s → %s", s.name(), s.seconds(),
                    indian(Math.round(s.eventsPerSecond())), s.cpuSeconds(), s.cpuSeconds() * 1e6 / s.events(),
                    s.cpuSeconds() / s.seconds(), indian(s.peakRssMb()), s.loadBefore(), s.loadAfter());
        }
    }

    void whereTheTimeGoes(List<PipelineBenchmark.Stage> stages) {
        line("where the time goes: CPU seconds per thread group (µs per event; share of the stage's CPU)");
        for (PipelineBenchmark.Stage s : stages) {
            if (s.cpuByGroup().isEmpty()) {
                continue;
            }
            line("%s:", s.name());
            for (Map.Entry<String, Double> e : s.cpuByGroup().entrySet()) {
                if (e.getValue() < 0.005 * s.cpuSeconds()) {
                    continue;
                }
                line("  %8.1f s %8.2f µs %5.1f %%  %s", e.getValue(), e.getValue() * 1e6 / s.events(),
                        100 * e.getValue() / s.cpuSeconds(), e.getKey());
            }
        }
    }

    /** 12,34,56,789: the last three digits, then groups of two (lakh, crore). */
    static String indian(long n) {
        if (n < 0) {
            return "-" + indian(-n);
        }
        String digits = Long.toString(n);
        if (digits.length() <= 3) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(digits.substring(digits.length() - 3));
        int i = digits.length() - 3;
        while (i > 0) {
            int from = Math.max(0, i - 2);
            sb.insert(0, digits.substring(from, i) + ",");
            i = from;
        }
        return sb.toString();
    }
}
