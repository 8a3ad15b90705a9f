package in.eofficemonitor.streamjobs.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Column positions by name, so columns may come in any order and extra columns are ignored. */
final class CsvHeader {

    private final Map<String, Integer> index = new HashMap<>();
    private final int width;

    CsvHeader(String source, CsvRecords.CsvRecord header, List<String> required, List<String> optional) {
        if (header == null) {
            throw new CsvFormatException(source + ": the file is empty; it needs a header line with the columns "
                    + String.join(",", required));
        }
        if (header.error() != null) {
            throw new CsvFormatException(source + " line " + header.lineNumber() + ": " + header.error());
        }
        List<String> names = header.fields();
        String duplicate = null;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (index.putIfAbsent(name, i) != null && !name.isEmpty() && duplicate == null) {
                duplicate = name;
            }
        }
        List<String> missing = required.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new CsvFormatException(source + " line " + header.lineNumber() + ": the header lacks the column(s) "
                    + String.join(",", missing) + " (expected a header line: "
                    + String.join(",", required) + (optional.isEmpty() ? "" : " and optionally " + String.join(",", optional))
                    + ")");
        }
        if (duplicate != null) {
            throw new CsvFormatException(source + " line " + header.lineNumber() + ": column " + duplicate + " appears twice");
        }
        width = names.size();
    }

    int width() {
        return width;
    }

    /** The stripped value of a column, or "" when the column is absent from this file. */
    String get(List<String> fields, String column) {
        Integer i = index.get(column);
        return i == null || i >= fields.size() ? "" : fields.get(i).strip();
    }
}
