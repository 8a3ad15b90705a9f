package in.eofficemonitor.streamjobs.contract;

import java.util.List;

/** The rows of a registry CSV that passed the rules, and the ones that did not (with line numbers). */
public record CsvLoad<T>(List<T> rows, List<CsvRejection> rejections) {
    public CsvLoad {
        rows = List.copyOf(rows);
        rejections = List.copyOf(rejections);
    }

    /**
     * Every row, or none: the registry (offices, desks) loads whole or not at all, so that a broken file — a quote
     * not closed swallows every row after it — never leaves offices silently missing from the registry. Throws with
     * the first problem's file, line and column, and how many there are.
     */
    public List<T> whole() {
        if (rejections.isEmpty()) {
            return rows;
        }
        CsvRejection first = rejections.getFirst();
        throw new CsvFormatException(first.describe() + (rejections.size() > 1
                ? " (and " + (rejections.size() - 1) + " more problems)" : "") + "; nothing of " + first.source()
                + " was loaded, the registry loaded before stays in force");
    }
}
