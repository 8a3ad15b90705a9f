package in.eofficemonitor.warehouse.health;

import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.time.Instant;
import java.util.Optional;

/** A registered office and the time of the latest accepted event its feed sent (empty: none yet). */
public record OfficeFreshness(String officeId, String name, String nameHi, OfficeCategory category, String district,
        RolloutStage stage, Optional<Instant> latestEvent) {}
