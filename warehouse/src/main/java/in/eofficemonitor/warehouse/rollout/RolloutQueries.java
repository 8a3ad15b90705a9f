package in.eofficemonitor.warehouse.rollout;

import in.eofficemonitor.warehouse.GroupNames;
import in.eofficemonitor.warehouse.Row;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far the e-Office rollout has come: coverage per office category (the Chief Secretary's first question), and
 * each office's activity — its first and latest e-file, and its active desks week by week (the coverage view).
 */
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

    /**
     * Every registered office in the scope, and in the state scope the unregistered offices that created e-files:
     * first and latest e-file up to {@code asOf}, e-files created, opening balance, registered desks; by office id.
     */
    public List<OfficeActivity> byOffice(Instant asOf, Scope scope) {
        return warehouse.query("rollout/by_office", scope.addTo(SqlParams.of("as_of", asOf)), r -> {
            String id = r.string("office_id");
            boolean registered = r.intValue("registered") == 1;
            GroupNames.Name name = GroupNames.of("office", id, registered, r.string("name"), r.string("name_hi"));
            return new OfficeActivity(id, registered, name.en(), name.hi(),
                    optionalEnum(r, "category", OfficeCategory.class), r.string("district"),
                    optionalEnum(r, "rollout_stage", RolloutStage.class), Optional.ofNullable(r.instant("first_at")),
                    Optional.ofNullable(r.instant("latest_at")), r.longValue("files_in_history"),
                    r.longValue("opening_balance"), r.longValue("desks"));
        });
    }

    /**
     * Active desks per office and week (Monday to Monday, IST) for every week containing a day of
     * {@code from}..{@code to}: every registered office in the scope for every week, zeros included, and offices
     * the registry does not know for the weeks they were active; by office, then week.
     */
    public List<WeeklyActiveDesks> activeDesksByWeek(LocalDate from, LocalDate to, Scope scope) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
        return warehouse.query("rollout/active_desks_by_week", scope.addTo(SqlParams.of("from", from).and("to", to)),
                r -> {
                    String id = r.string("office_id");
                    boolean registered = r.intValue("registered") == 1;
                    GroupNames.Name name = GroupNames.of("office", id, registered, r.string("name"),
                            r.string("name_hi"));
                    return new WeeklyActiveDesks(id, registered, name.en(), name.hi(), r.date("week"),
                            r.longValue("desks"), r.longValue("active_desks"));
                });
    }

    private static <E extends Enum<E>> Optional<E> optionalEnum(Row r, String column, Class<E> type) {
        String value = r.string(column);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(Enum.valueOf(type, value));
    }
}
