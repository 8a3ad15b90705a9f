package in.eofficemonitor.dashboard.desks;

import in.eofficemonitor.dashboard.base.ScopeGuard;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyQueries;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Pendency per desk with age buckets, for the user's scope or one office inside it. */
@Service
public class DesksService {

    private final CurrentUser user;
    private final PendencyQueries pendency;
    private final ScopeGuard guard;

    public DesksService(CurrentUser user, PendencyQueries pendency, ScopeGuard guard) {
        this.user = user;
        this.pendency = pendency;
        this.guard = guard;
    }

    /** Every desk with pending items; {@code officeId} narrows to one office, if the user may see it. */
    public List<PendencyRow> desks(Instant asOf, Optional<String> officeId) {
        Scope scope = officeId.filter(id -> !id.isBlank())
                .map(id -> guard.maySee(id, "desks") ? Scope.office(id) : null)
                .orElse(officeId.isPresent() && !officeId.get().isBlank() ? null : user.scope());
        return scope == null ? List.of() : pendency.asOf(asOf, PendencyLevel.DESK, scope);
    }
}
