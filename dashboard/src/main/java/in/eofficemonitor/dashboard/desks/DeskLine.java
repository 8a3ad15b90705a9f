package in.eofficemonitor.dashboard.desks;

import in.eofficemonitor.warehouse.pendency.DeskFlow;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import java.time.Instant;
import java.util.Optional;

/**
 * One desk as the desks view shows it: its pendency and how work flows through it as of {@code asOf} (the numbers of
 * {@code report pendency --by desk}).
 */
public record DeskLine(PendencyRow pendency, DeskFlow flow, Instant asOf) {

    /** Whole days the oldest pending item has waited at the desk. */
    public Optional<Long> oldestDays() {
        return flow.oldestDwellDays(asOf);
    }

    public String id() {
        return pendency.id();
    }

    public long total() {
        return pendency.total();
    }
}
