package in.eofficemonitor.warehouse.schema;

import java.util.List;

/** The warehouse as the migrations runner sees it: run DDL, read and write the migrations history. */
public interface SchemaTarget {

    /** Runs one statement; failures surface as exceptions. */
    void execute(String statement);

    /** The rows of {@code schema_migrations} (after {@link MigrationRunner#HISTORY_TABLE_DDL} has run). */
    List<AppliedMigration> appliedMigrations();

    /** Adds one row to {@code schema_migrations}. */
    void recordApplied(AppliedMigration migration);
}
