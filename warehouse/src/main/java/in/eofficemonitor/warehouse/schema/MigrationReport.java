package in.eofficemonitor.warehouse.schema;

import java.util.List;

/**
 * What one run of the migrations did.
 *
 * @param applied the migrations run now, in order
 * @param alreadyApplied how many of the known migrations had run before
 * @param unknownApplied versions recorded in the warehouse that this build does not have (a newer build ran them)
 */
public record MigrationReport(List<AppliedMigration> applied, int alreadyApplied, List<Integer> unknownApplied) {}
