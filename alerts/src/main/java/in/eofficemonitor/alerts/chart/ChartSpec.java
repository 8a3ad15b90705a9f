package in.eofficemonitor.alerts.chart;

import java.util.List;

/**
 * What to draw, in words the caller has already translated: the renderer knows nothing of languages.
 * Every series has one value per category, in category order.
 */
public sealed interface ChartSpec permits ChartSpec.Bars, ChartSpec.Lines {

    String title();

    String categoryAxisLabel();

    String valueAxisLabel();

    List<String> categories();

    List<Series> series();

    /** One named row of values, e.g. "files" over the age buckets, or "this week" over districts. */
    record Series(String name, List<? extends Number> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    /**
     * Bars: age buckets of a desk, coverage by office category. {@code stacked} puts several series on top
     * of each other (rollout stages); {@code horizontal} suits long category names (districts, desks).
     */
    record Bars(String title, String categoryAxisLabel, String valueAxisLabel, List<String> categories,
                List<Series> series, boolean stacked, boolean horizontal) implements ChartSpec {
        public Bars {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            checkShape(categories, series);
        }

        public static Bars simple(String title, String categoryAxisLabel, String valueAxisLabel,
                                  List<String> categories, Series series) {
            return new Bars(title, categoryAxisLabel, valueAxisLabel, categories, List.of(series), false, false);
        }
    }

    /** Lines over ordered categories (weeks, days): the week-on-week pendency trend. */
    record Lines(String title, String categoryAxisLabel, String valueAxisLabel, List<String> categories,
                 List<Series> series) implements ChartSpec {
        public Lines {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            checkShape(categories, series);
        }
    }

    private static void checkShape(List<String> categories, List<Series> series) {
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '%s' has %d values for %d categories"
                        .formatted(s.name(), s.values().size(), categories.size()));
            }
        }
    }
}
