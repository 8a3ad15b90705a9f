package in.eofficemonitor.warehouse.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The runner's bookkeeping, against an in-memory history. That the statements really run against the engine is
 * WarehouseMigrationsIT's job.
 */
class MigrationRunnerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T05:30:00Z"), ZoneOffset.UTC);

    /** Records statements and keeps the history rows in a list. */
    private static final class History implements SchemaTarget {
        final List<String> executed = new ArrayList<>();
        final List<AppliedMigration> rows = new ArrayList<>();

        @Override
        public void execute(String statement) {
            if (statement.contains("FAIL")) {
                throw new IllegalStateException("Code: 62. Syntax error");
            }
            executed.add(statement);
        }

        @Override
        public List<AppliedMigration> appliedMigrations() {
            return List.copyOf(rows);
        }

        @Override
        public void recordApplied(AppliedMigration migration) {
            rows.add(migration);
        }
    }

    private static Migration migration(int version, String sql) {
        return Migration.of(String.format("V%03d__m%d.sql", version, version), "db/migration/V" + version, sql);
    }

    @Test
    void appliesInVersionOrderEachOnce() {
        History history = new History();
        MigrationRunner runner = new MigrationRunner(history, Optional.empty(), CLOCK);
        List<Migration> migrations = List.of(migration(1, "CREATE TABLE a;\nCREATE TABLE b;"), migration(10, "CREATE TABLE c;"));

        MigrationReport first = runner.migrate(migrations);
        MigrationReport second = runner.migrate(migrations);

        assertThat(first.applied()).extracting(AppliedMigration::version).containsExactly(1, 10);
        assertThat(first.applied().getFirst().appliedAt()).isEqualTo(CLOCK.instant());
        assertThat(second.applied()).isEmpty();
        assertThat(second.alreadyApplied()).isEqualTo(2);
        assertThat(history.executed).filteredOn(s -> !s.contains("schema_migrations"))
                .containsExactly("CREATE TABLE a", "CREATE TABLE b", "CREATE TABLE c");
    }

    @Test
    void aMigrationNumberedBelowOneAlreadyAppliedStillRuns() {
        History history = new History();
        MigrationRunner runner = new MigrationRunner(history, Optional.empty(), CLOCK);
        runner.migrate(List.of(migration(1, "CREATE TABLE a;"), migration(20, "CREATE TABLE t;")));

        MigrationReport report = runner.migrate(
                List.of(migration(1, "CREATE TABLE a;"), migration(12, "CREATE TABLE late;"), migration(20, "CREATE TABLE t;")));

        assertThat(report.applied()).extracting(AppliedMigration::version).containsExactly(12);
    }

    @Test
    void anEditedAppliedMigrationStopsEverythingBeforeAnyStatementRuns() {
        History history = new History();
        MigrationRunner runner = new MigrationRunner(history, Optional.empty(), CLOCK);
        runner.migrate(List.of(migration(1, "CREATE TABLE a;")));
        history.executed.clear();

        assertThatThrownBy(() -> runner.migrate(List.of(migration(1, "CREATE TABLE a2;"), migration(2, "CREATE TABLE b;"))))
                .isInstanceOf(MigrationChecksumException.class)
                .hasMessageContaining("V1 (db/migration/V1)");
        assertThat(history.executed).allMatch(s -> s.contains("schema_migrations"));
        assertThat(history.rows).extracting(AppliedMigration::version).containsExactly(1);
    }

    @Test
    void aFailingStatementIsNamedAndTheMigrationIsNotRecorded() {
        History history = new History();
        MigrationRunner runner = new MigrationRunner(history, Optional.empty(), CLOCK);

        assertThatThrownBy(() -> runner.migrate(List.of(migration(1, "CREATE TABLE a;"), migration(2, "FAIL here;"))))
                .hasMessageContaining("db/migration/V2")
                .hasMessageContaining("FAIL here")
                .hasMessageContaining("Syntax error");
        assertThat(history.rows).extracting(AppliedMigration::version).containsExactly(1);
    }

    @Test
    void versionsOnlyTheWarehouseKnowsAreReported() {
        History history = new History();
        new MigrationRunner(history, Optional.empty(), CLOCK).migrate(List.of(migration(1, "A;"), migration(5, "B;")));

        MigrationReport report = new MigrationRunner(history, Optional.empty(), CLOCK).migrate(List.of(migration(1, "A;")));

        assertThat(report.unknownApplied()).containsExactly(5);
    }

    @Test
    void withAClusterEveryStatementIsRenderedForIt() {
        History history = new History();
        new MigrationRunner(history, Optional.of(new ClusterDdl("prod")), CLOCK)
                .migrate(List.of(migration(1, "CREATE TABLE IF NOT EXISTS a (x UInt8) ENGINE = MergeTree ORDER BY x;")));

        assertThat(history.executed).hasSize(2).allMatch(s -> s.contains("ON CLUSTER 'prod'"));
        assertThat(history.executed.getFirst()).contains("CREATE TABLE IF NOT EXISTS schema_migrations ON CLUSTER 'prod'");
    }
}
