package in.eofficemonitor.warehouse.stuck;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.util.Objects;

/**
 * Which stuck items to list: a scope (state, district, office) and optionally one desk, priority or kind
 * ({@code null}: any), and a range of dwell days at the desk ({@code minDwellDays} 0 and {@code maxDwellDays}
 * {@code null}: any age). Dwell days are whole days, as in {@link StuckItem#dwellDays()}; both bounds included, so
 * an age bucket of DESIGN §3 (e.g. 31–90) is one range.
 */
public record StuckFilter(Scope scope, String deskId, Priority priority, ItemKind kind, long minDwellDays,
        Long maxDwellDays) {

    public StuckFilter {
        Objects.requireNonNull(scope, "scope");
        if (minDwellDays < 0) {
            throw new IllegalArgumentException("minDwellDays must not be negative, was " + minDwellDays);
        }
        if (maxDwellDays != null && maxDwellDays < minDwellDays) {
            throw new IllegalArgumentException("maxDwellDays " + maxDwellDays + " is below minDwellDays " + minDwellDays);
        }
    }

    public static StuckFilter all() {
        return in(Scope.state());
    }

    public static StuckFilter in(Scope scope) {
        return new StuckFilter(scope, null, null, null, 0, null);
    }

    public StuckFilter desk(String desk) {
        return new StuckFilter(scope, desk, priority, kind, minDwellDays, maxDwellDays);
    }

    public StuckFilter priority(Priority onlyPriority) {
        return new StuckFilter(scope, deskId, onlyPriority, kind, minDwellDays, maxDwellDays);
    }

    public StuckFilter kind(ItemKind onlyKind) {
        return new StuckFilter(scope, deskId, priority, onlyKind, minDwellDays, maxDwellDays);
    }

    /** Only items that have been at their desk between {@code min} and {@code max} whole days ({@code null}: no upper bound). */
    public StuckFilter dwellDays(long min, Long max) {
        return new StuckFilter(scope, deskId, priority, kind, min, max);
    }

    SqlParams addTo(SqlParams params) {
        return scope.addTo(params)
                .and("desk", deskId == null ? "" : deskId)
                .and("priority", priority == null ? "" : priority.name())
                .and("kind", kind == null ? "" : kind.name())
                .and("min_days", minDwellDays)
                .and("max_days", maxDwellDays);
    }
}
