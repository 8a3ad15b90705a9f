package in.eofficemonitor.dashboard.registry;

import in.eofficemonitor.dashboard.security.UserScope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The office registry (named query {@code dashboard/offices}), kept for a minute: every view needs it to name
 * offices and to decide what a user may see, and the registry changes by loads, not by events.
 */
public final class OfficeDirectory {

    private static final Duration KEEP = Duration.ofMinutes(1);

    private final Warehouse warehouse;
    private final Clock clock;
    private volatile Map<String, OfficeInfo> offices;
    private volatile Instant loadedAt = Instant.MIN;

    public OfficeDirectory(Warehouse warehouse, Clock clock) {
        this.warehouse = warehouse;
        this.clock = clock;
    }

    private Map<String, OfficeInfo> offices() {
        Instant now = clock.instant();
        if (offices == null || loadedAt.plus(KEEP).isBefore(now)) {
            Map<String, OfficeInfo> map = new LinkedHashMap<>();
            for (OfficeInfo o : warehouse.query("dashboard/offices", SqlParams.none(), r -> new OfficeInfo(
                    r.string("office_id"), r.string("name"), r.string("name_hi"),
                    OfficeCategory.valueOf(r.string("category")), r.string("district")))) {
                map.put(o.officeId(), o);
            }
            offices = map;
            loadedAt = now;
        }
        return offices;
    }

    /** Forgets the cached registry (tests load fixtures, a registry load changes it). */
    public void refresh() {
        offices = null;
    }

    public Optional<OfficeInfo> find(String officeId) {
        return Optional.ofNullable(offices().get(officeId));
    }

    /** The offices the user may see, by name. */
    public List<OfficeInfo> visibleTo(UserScope scope) {
        return offices().values().stream().filter(scope::allows)
                .sorted(Comparator.comparing(OfficeInfo::name)).toList();
    }

    /** The districts the user may narrow to, by name. */
    public List<String> districtsVisibleTo(UserScope scope) {
        return offices().values().stream().filter(scope::allows).map(OfficeInfo::district)
                .filter(d -> !d.isBlank()).distinct().sorted().toList();
    }
}
