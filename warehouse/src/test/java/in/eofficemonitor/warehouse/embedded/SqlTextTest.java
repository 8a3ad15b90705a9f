package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTextTest {

    @Test
    void firstKeywordSkipsCommentsWhiteSpaceAndParentheses() {
        assertThat(SqlText.firstKeyword("  -- pendency\n /* per desk */ (select 1)")).isEqualTo("SELECT");
        assertThat(SqlText.firstKeyword("WITH x AS (SELECT 1) SELECT * FROM x")).isEqualTo("WITH");
        assertThat(SqlText.firstKeyword("insert into t values (1)")).isEqualTo("INSERT");
        assertThat(SqlText.firstKeyword("")).isEmpty();
    }

    @Test
    void readOnlyAllowsReadsAndSessionSettingsOnly() {
        assertThat(SqlText.allowedWhenReadOnly("SELECT 1")).isTrue();
        assertThat(SqlText.allowedWhenReadOnly("SET max_threads = 1")).isTrue();
        assertThat(SqlText.allowedWhenReadOnly("DROP TABLE movement_events")).isFalse();
        assertThat(SqlText.allowedWhenReadOnly("INSERT INTO t VALUES (1)")).isFalse();
    }

    @Test
    void outputFormatIsTheTrailingClauseOrTheDefault() {
        assertThat(SqlText.outputFormat("SELECT 1 FORMAT JSONEachRow;", "TabSeparated")).contains("JSONEachRow");
        assertThat(SqlText.outputFormat("SELECT 1", "RowBinaryWithNamesAndTypes"))
                .contains("RowBinaryWithNamesAndTypes");
        // FORMAT somewhere else cannot be told apart without parsing
        assertThat(SqlText.outputFormat("SELECT format FROM t", "TabSeparated")).isEmpty();
    }

    @Test
    void quotingEscapesWhatWouldEndTheLiteral() {
        assertThat(SqlText.quoteString("O'Brien \\ नोट\n")).isEqualTo("'O\\'Brien \\\\ नोट\\n'");
        assertThat(SqlText.quoteIdentifier("odd`name")).isEqualTo("`odd\\`name`");
    }
}
