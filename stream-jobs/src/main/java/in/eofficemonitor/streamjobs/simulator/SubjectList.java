package in.eofficemonitor.streamjobs.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Subjects of simulated files and receipts by scope (subjects.csv). */
final class SubjectList {

    private SubjectList() {}

    static Map<String, List<String>> byScope() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Map<String, String> r : ScenarioResources.read("/scenario/up/subjects.csv")) {
            m.computeIfAbsent(r.get("scope"), k -> new ArrayList<>()).add(r.get("subject"));
        }
        return m;
    }
}
