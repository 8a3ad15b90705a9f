package in.eofficemonitor.warehouse.schema;

import java.time.Instant;

/** A row of {@code schema_migrations}: a migration that has run against this warehouse. */
public record AppliedMigration(int version, String description, String checksum, Instant appliedAt, long executionMillis) {}
