package in.eofficemonitor.warehouse.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterDdlTest {

    private final ClusterDdl cluster = new ClusterDdl("eoffice");

    @Test
    void everyTableOfTheRealMigrationsIsCreatedOnTheClusterAndReplicated() {
        List<String> creates = MigrationCatalog.fromClassPath().stream()
                .flatMap(m -> m.statements().stream())
                .filter(s -> s.contains("CREATE TABLE"))
                .map(cluster::render)
                .toList();

        assertThat(creates).hasSizeGreaterThanOrEqualTo(8).allSatisfy(s -> {
            assertThat(s).containsPattern("CREATE TABLE IF NOT EXISTS \\w+ ON CLUSTER 'eoffice'");
            assertThat(s).containsPattern("ENGINE = Replicated\\w*MergeTree\\('/clickhouse/tables/\\{shard}/\\{database}/\\w+', '\\{replica}'");
            assertThat(s).doesNotContainPattern("ENGINE = (Replacing)?MergeTree");
        });
    }

    @Test
    void desksBecomeAReplicatedReplacingMergeTreeKeepingItsVersionColumn() {
        String desks = MigrationCatalog.fromClassPath().stream()
                .flatMap(m -> m.statements().stream())
                .filter(s -> s.contains("CREATE TABLE IF NOT EXISTS desks"))
                .findFirst().orElseThrow();

        assertThat(cluster.render(desks))
                .contains("CREATE TABLE IF NOT EXISTS desks ON CLUSTER 'eoffice'\n(")
                .contains("ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/desks', '{replica}', loaded_at)\nORDER BY desk_id");
    }

    @Test
    void alterStatementsRunOnTheCluster() {
        assertThat(cluster.render("ALTER TABLE movement_events ADD INDEX IF NOT EXISTS i file_id TYPE bloom_filter GRANULARITY 4"))
                .isEqualTo("ALTER TABLE movement_events ON CLUSTER 'eoffice' ADD INDEX IF NOT EXISTS i file_id TYPE bloom_filter GRANULARITY 4");
    }

    @Test
    void engineArgumentsWithParenthesesSurvive() {
        assertThat(cluster.render("CREATE TABLE t (a UInt8, b UInt8) ENGINE = SummingMergeTree((a, b)) ORDER BY a"))
                .isEqualTo("CREATE TABLE t ON CLUSTER 'eoffice' (a UInt8, b UInt8) ENGINE = ReplicatedSummingMergeTree("
                        + "'/clickhouse/tables/{shard}/{database}/t', '{replica}', (a, b)) ORDER BY a");
    }

    @Test
    void statementsThatAreNotDdlAndAlreadyClusteredOnesAreLeftAlone() {
        assertThat(cluster.render("INSERT INTO t SELECT 1")).isEqualTo("INSERT INTO t SELECT 1");
        String done = "CREATE TABLE t ON CLUSTER x (a UInt8) ENGINE = ReplicatedMergeTree ORDER BY a";
        assertThat(cluster.render(done)).isEqualTo(done);
    }

    @Test
    void aMacroClusterNameIsAllowedButNotSql() {
        assertThat(new ClusterDdl("{cluster}").render("DROP TABLE IF EXISTS t")).isEqualTo("DROP TABLE IF EXISTS t ON CLUSTER '{cluster}'");
        assertThatThrownBy(() -> new ClusterDdl("x'; DROP")).isInstanceOf(IllegalArgumentException.class);
    }
}
