package in.eofficemonitor.warehouse.registry;

import java.time.LocalDate;

/** One row of the office registry (offices.csv). District and division are empty for state-level offices. */
public record Office(
        String officeId,
        String name,
        String nameHi,
        OfficeCategory category,
        String district,
        String division,
        String parentOfficeId,
        RolloutStage rolloutStage,
        LocalDate stageSince) {}
