package in.eofficemonitor.warehouse.stuck;

import java.util.List;

/** The longest-waiting stuck items, at most as many as asked for, and how many there are in all. */
public record StuckList(List<StuckItem> items, long total) {

    public StuckList {
        items = List.copyOf(items);
    }

    /** True when more items are stuck than the list holds. */
    public boolean truncated() {
        return total > items.size();
    }
}
