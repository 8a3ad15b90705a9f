package in.eofficemonitor.warehouse.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseTesting;
import in.eofficemonitor.warehouse.embedded.SharedTestEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migrations runner against the real embedded engine, across a restart of the engine on its data directory. */
class WarehouseMigrationsIT {

    @Test
    void migrationsRunOnceSurviveARestartAndANewOneRunsOnTheNextStart() {
        List<Migration> shipped = MigrationCatalog.fromClassPath();

        try (Warehouse first = WarehouseTesting.open("it_migrations")) {
            assertThat(first.migrations().applied()).extracting(AppliedMigration::version)
                    .containsExactlyElementsOf(shipped.stream().map(Migration::version).toList());
            assertThat(tables(first)).contains("schema_migrations", "offices", "desks", "movement_events",
                    "dead_letters", "desk_visits", "file_positions", "stuck_transitions");
        }

        String root = SharedTestEngine.restart();
        try (Warehouse restarted = Warehouse.open(WarehouseTesting.config(root, "it_migrations"))) {
            assertThat(restarted.migrations().applied()).isEmpty();
            assertThat(restarted.migrations().alreadyApplied()).isEqualTo(shipped.size());
            assertThat(restarted.querySql("it/history", "SELECT count() AS n FROM schema_migrations",
                    SqlParams.none(), r -> r.longValue("n"))).containsExactly((long) shipped.size());

            List<Migration> withNewOne = MigrationCatalog.fromClassPath(
                    getClass().getClassLoader(), MigrationCatalog.DEFAULT_LOCATION, "db/migration-extra");
            assertThat(restarted.migrate(withNewOne).applied()).extracting(AppliedMigration::version).containsExactly(990);
            assertThat(restarted.migrate(withNewOne).applied()).isEmpty();
            assertThat(restarted.querySql("it/count", "SELECT count() AS n FROM it_added_later", SqlParams.none(),
                    r -> r.longValue("n"))).as("its seeding INSERT ran once").containsExactly(1L);
        }
    }

    @Test
    void anEditedLandedMigrationIsRefused() {
        try (Warehouse warehouse = WarehouseTesting.open("it_migrations_edited")) {
            Migration v1 = MigrationCatalog.fromClassPath().getFirst();
            Migration edited = new Migration(v1.version(), v1.description(), v1.resource(), v1.sql() + "\n-- edited\n");

            assertThatThrownBy(() -> warehouse.migrate(List.of(edited)))
                    .isInstanceOf(MigrationChecksumException.class)
                    .hasMessageContaining("V1 ")
                    .hasMessageContaining("never edited");
        }
    }

    private static List<String> tables(Warehouse warehouse) {
        return warehouse.querySql("it/tables", "SELECT name FROM system.tables WHERE database = currentDatabase()",
                SqlParams.none(), r -> r.string("name"));
    }
}
