package in.eofficemonitor.streamjobs.contract;

import java.util.List;

/** The rows of a registry CSV that passed the rules, and the ones that did not (with line numbers). */
public record CsvLoad<T>(List<T> rows, List<CsvRejection> rejections) {
    public CsvLoad {
        rows = List.copyOf(rows);
        rejections = List.copyOf(rejections);
    }
}
