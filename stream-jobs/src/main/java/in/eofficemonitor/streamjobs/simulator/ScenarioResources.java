package in.eofficemonitor.streamjobs.simulator;

import in.eofficemonitor.streamjobs.contract.CsvRecords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the scenario's CSV resources: {@code #} comment lines, a header, then rows as column → value maps. */
final class ScenarioResources {

    private ScenarioResources() {}

    static List<Map<String, String>> read(String resource) {
        StringBuilder text = new StringBuilder();
        try (InputStream in = ScenarioResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("scenario resource " + resource + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    text.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvRecords records = new CsvRecords(new StringReader(text.toString()));
        List<String> header = records.next().fields();
        List<Map<String, String>> rows = new ArrayList<>();
        CsvRecords.CsvRecord rec;
        while ((rec = records.next()) != null) {
            if (rec.error() != null || rec.fields().size() != header.size()) {
                throw new IllegalStateException(resource + ": bad row " + rec.raw());
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), rec.fields().get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
