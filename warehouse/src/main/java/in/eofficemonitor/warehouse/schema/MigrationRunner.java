package in.eofficemonitor.warehouse.schema;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the numbered migrations that have not run yet, in version order, each once, and records them in
 * {@code schema_migrations}. Safe on every start: what is recorded is skipped. A recorded migration whose file
 * changed since is refused with a {@link MigrationChecksumException} before anything runs, because the schema
 * would silently differ from what the file says.
 *
 * <p>A migration numbered below one that already ran (a parallel branch merged later, which the number ranges
 * in the BRIEF make normal) is still applied: "each once", not "strictly ascending". Statements use
 * {@code IF NOT EXISTS}, so a migration interrupted half-way is simply run again on the next start.
 */
public final class MigrationRunner {

    /** The history table; created by the runner itself, so it is in no migration file. */
    public static final String HISTORY_TABLE_DDL = """
            CREATE TABLE IF NOT EXISTS schema_migrations
            (
                version      UInt32,
                description  String,
                checksum     String,
                applied_at   DateTime64(3, 'Asia/Kolkata'),
                execution_ms UInt64
            )
            ENGINE = ReplacingMergeTree
            ORDER BY version""";

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final SchemaTarget target;
    private final Optional<ClusterDdl> cluster;
    private final Clock clock;

    public MigrationRunner(SchemaTarget target, Optional<ClusterDdl> cluster, Clock clock) {
        this.target = target;
        this.cluster = cluster;
        this.clock = clock;
    }

    public MigrationRunner(SchemaTarget target) {
        this(target, Optional.empty(), Clock.systemUTC());
    }

    public MigrationReport migrate(List<Migration> migrations) {
        target.execute(render(HISTORY_TABLE_DDL));
        Map<Integer, AppliedMigration> done = target.appliedMigrations().stream()
                .collect(Collectors.toMap(AppliedMigration::version, Function.identity(), (a, b) -> a));
        verifyChecksums(migrations, done);

        List<AppliedMigration> appliedNow = new ArrayList<>();
        int already = 0;
        for (Migration migration : migrations) {
            if (done.containsKey(migration.version())) {
                already++;
                continue;
            }
            long start = System.nanoTime();
            for (String statement : migration.statements()) {
                try {
                    target.execute(render(statement));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Migration " + migration.resource() + " failed at statement:\n"
                            + statement + "\n" + e.getMessage(), e);
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            AppliedMigration applied = new AppliedMigration(
                    migration.version(), migration.description(), migration.checksum(), clock.instant(), millis);
            target.recordApplied(applied);
            appliedNow.add(applied);
            LOG.info("Applied schema migration V{} {} in {} ms", migration.version(), migration.description(), millis);
        }
        List<Integer> known = migrations.stream().map(Migration::version).toList();
        List<Integer> unknown = done.keySet().stream().filter(v -> !known.contains(v)).sorted().toList();
        if (!unknown.isEmpty()) {
            LOG.warn("The warehouse has migrations this build does not know: {} (was it migrated by a newer build?)",
                    unknown);
        }
        return new MigrationReport(List.copyOf(appliedNow), already, unknown);
    }

    private void verifyChecksums(List<Migration> migrations, Map<Integer, AppliedMigration> done) {
        List<String> changed = new ArrayList<>();
        for (Migration migration : migrations) {
            AppliedMigration applied = done.get(migration.version());
            if (applied != null && !applied.checksum().equals(migration.checksum())) {
                changed.add("V" + migration.version() + " (" + migration.resource() + "): applied with checksum "
                        + applied.checksum() + " on " + applied.appliedAt() + ", the file now has "
                        + migration.checksum());
            }
        }
        if (!changed.isEmpty()) {
            throw new MigrationChecksumException("Migrations that already ran were edited afterwards: "
                    + String.join("; ", changed)
                    + ". A landed migration is never edited: restore the file and add a new migration instead.");
        }
    }

    private String render(String statement) {
        return cluster.map(c -> c.render(statement)).orElse(statement);
    }
}
