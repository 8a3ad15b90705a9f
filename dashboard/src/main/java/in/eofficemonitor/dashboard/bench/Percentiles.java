package in.eofficemonitor.dashboard.bench;

import java.util.List;

/** Nearest-rank percentiles of a few timings. */
record Percentiles(double p50, double p95, double max) {

    static Percentiles of(List<Double> values) {
        if (values.isEmpty()) {
            return new Percentiles(0, 0, 0);
        }
        List<Double> sorted = values.stream().sorted().toList();
        return new Percentiles(rank(sorted, 0.50), rank(sorted, 0.95), sorted.getLast());
    }

    private static double rank(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
