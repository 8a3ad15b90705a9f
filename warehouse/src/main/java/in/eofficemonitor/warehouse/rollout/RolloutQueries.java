package in.eofficemonitor.warehouse.rollout;

import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How far the e-Office rollout has come, per office category (the Chief Secretary's first question). */
public final class RolloutQueries {

    private final Warehouse warehouse;

    public RolloutQueries(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * Coverage as of {@code asOf}: one row per category in the registry's order (all five, zeros included), then a
     * row without category for e-files of unregistered offices when there are any.
     */
    public List<RolloutRow> byCategory(Instant asOf) {
        Map<OfficeCategory, RolloutRow> byCategory = new EnumMap<>(OfficeCategory.class);
        RolloutRow unregistered = null;
        for (RolloutRow row : warehouse.query("rollout/by_category", SqlParams.of("as_of", asOf), r -> {
            String category = r.string("category");
            return new RolloutRow(
                    category.isEmpty() ? Optional.empty() : Optional.of(OfficeCategory.valueOf(category)),
                    r.longValue("offices"), r.longValue("live"), r.longValue("in_progress"), r.longValue("trained"),
                    r.longValue("email_ids_created"), r.longValue("not_started"), r.longValue("active"),
                    r.longValue("files_created"));
        })) {
            if (row.category().isPresent()) {
                byCategory.put(row.category().get(), row);
            } else if (row.filesCreated() > 0) {
                unregistered = row;
            }
        }
        List<RolloutRow> rows = new ArrayList<>();
        for (OfficeCategory category : OfficeCategory.values()) {
            rows.add(byCategory.getOrDefault(category,
                    new RolloutRow(Optional.of(category), 0, 0, 0, 0, 0, 0, 0, 0)));
        }
        if (unregistered != null) {
            rows.add(unregistered);
        }
        return rows;
    }
}
