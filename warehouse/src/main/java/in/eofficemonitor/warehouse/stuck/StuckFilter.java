package in.eofficemonitor.warehouse.stuck;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.util.Objects;

/**
 * Which stuck items to list: a scope (state, district, office) and optionally one desk, priority or kind
 * ({@code null}: any).
 */
public record StuckFilter(Scope scope, String deskId, Priority priority, ItemKind kind) {

    public StuckFilter {
        Objects.requireNonNull(scope, "scope");
    }

    public static StuckFilter all() {
        return new StuckFilter(Scope.state(), null, null, null);
    }

    public static StuckFilter in(Scope scope) {
        return new StuckFilter(scope, null, null, null);
    }

    public StuckFilter desk(String desk) {
        return new StuckFilter(scope, desk, priority, kind);
    }

    public StuckFilter priority(Priority onlyPriority) {
        return new StuckFilter(scope, deskId, onlyPriority, kind);
    }

    public StuckFilter kind(ItemKind onlyKind) {
        return new StuckFilter(scope, deskId, priority, onlyKind);
    }

    SqlParams addTo(SqlParams params) {
        return scope.addTo(params)
                .and("desk", deskId == null ? "" : deskId)
                .and("priority", priority == null ? "" : priority.name())
                .and("kind", kind == null ? "" : kind.name());
    }
}
