package in.eofficemonitor.warehouse.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

    @Test
    void statementsEndWithASemicolonAtLineEnd() {
        String text = """
                -- a header comment;
                CREATE TABLE a (x String DEFAULT 'a;b') ENGINE = MergeTree ORDER BY x;

                -- the second one
                CREATE TABLE b
                (
                    y UInt8  -- a trailing comment
                )
                ENGINE = MergeTree ORDER BY y;
                -- nothing after this
                """;

        assertThat(SqlStatements.split(text)).containsExactly(
                "-- a header comment;\nCREATE TABLE a (x String DEFAULT 'a;b') ENGINE = MergeTree ORDER BY x",
                "-- the second one\nCREATE TABLE b\n(\n    y UInt8  -- a trailing comment\n)\nENGINE = MergeTree ORDER BY y");
    }

    @Test
    void aLastStatementWithoutSemicolonIsKept() {
        assertThat(SqlStatements.split("SELECT 1;\r\nSELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void commentsAloneAreNoStatement() {
        assertThat(SqlStatements.split("-- only a comment\n\n-- and another;\n")).isEmpty();
    }
}
