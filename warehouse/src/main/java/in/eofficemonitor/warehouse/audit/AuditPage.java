package in.eofficemonitor.warehouse.audit;

import java.util.List;

/** The entries read for a filter, newest first, and how many match in all (more than shown when limited). */
public record AuditPage(List<AuditEntry> entries, long total) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
