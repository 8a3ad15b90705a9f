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
    void theOutputFormatIsTheRenderedFormatLineOrTheDefault() {
        assertThat(SqlText.renderedFormat("SELECT 1\nFORMAT JSONEachRow\nSETTINGS max_threads = 1", "TabSeparated"))
                .contains("JSONEachRow");
        assertThat(SqlText.renderedFormat("SELECT 1", "RowBinaryWithNamesAndTypes"))
                .contains("RowBinaryWithNamesAndTypes");
        assertThat(SqlText.renderedFormat("SELECT format\nFROM t", "TabSeparated")).contains("TabSeparated");
    }

    @Test
    void anInsertAfterCommentsIsStillAnInsertWithData() {
        String values = "-- one audit entry per row\n/* nested /* comment */ */ INSERT INTO t (a) VALUES (1)";
        assertThat(SqlText.insertWithValues(values)).hasValueSatisfying(i -> {
            assertThat(i.asStatement()).isEqualTo("INSERT INTO t (a) FORMAT Values");
            assertThat(values.substring(i.dataOffset())).isEqualTo(" (1)");
        });
        assertThat(SqlText.insertWithData("-- rows\nINSERT INTO t FORMAT RowBinary")).isPresent();
        assertThat(SqlText.insertWithDataInBody("# rows\nINSERT INTO t FORMAT TSV\n1\n")).hasValueSatisfying(
                i -> assertThat(i.dataOffset()).isEqualTo("# rows\nINSERT INTO t FORMAT TSV\n".length()));
    }

    @Test
    void valuesDataStartsAfterTheKeyword() {
        String text = "insert into db.t (a, b) values (1, 'x;y');";
        assertThat(SqlText.insertWithValues(text)).hasValueSatisfying(i -> {
            assertThat(i.asStatement()).isEqualTo("insert into db.t (a, b) FORMAT Values");
            assertThat(text.substring(i.dataOffset())).isEqualTo(" (1, 'x;y');");
        });
        assertThat(SqlText.insertWithValues("INSERT INTO t SELECT 1")).isEmpty();
        assertThat(SqlText.insertWithValues("INSERT INTO FUNCTION file('x') VALUES (1)")).isEmpty();
    }

    @Test
    void anInsertWithSeparateDataReadsItFromAFileInsteadOfInline() {
        assertThat(SqlText.insertWithData("INSERT INTO movement_events (event_id, ts) FORMAT RowBinary")
                .map(i -> i.fromFile(java.nio.file.Path.of("/tmp/rows.bin"))))
                .contains("INSERT INTO movement_events (event_id, ts) FROM INFILE '/tmp/rows.bin' FORMAT RowBinary");
        assertThat(SqlText.insertWithData("insert into db.t format TSV;")).map(SqlText.InsertWithData::format)
                .contains("TSV");
        // Values is read by the SQL parser; SELECT and table functions are left to the engine as they are
        assertThat(SqlText.insertWithData("INSERT INTO t FORMAT Values")).isEmpty();
        assertThat(SqlText.insertWithData("INSERT INTO t SELECT * FROM s FORMAT TSV")).isEmpty();
        assertThat(SqlText.insertWithData("INSERT INTO FUNCTION file('x.tsv') FORMAT TSV")).isEmpty();
    }

    @Test
    void anInsertAheadOfItsDataInOneBodyEndsAtTheFirstLineBreakAfterTheFormat() {
        String body = "INSERT INTO t \n FORMAT RowBinary \n\n\u0001";
        assertThat(SqlText.insertWithDataInBody(body)).hasValueSatisfying(i -> {
            assertThat(i.statement()).isEqualTo("INSERT INTO t");
            assertThat(i.format()).isEqualTo("RowBinary");
            assertThat(body.substring(i.dataOffset())).isEqualTo("\n\u0001");
        });
        assertThat(SqlText.insertWithDataInBody("INSERT INTO t VALUES (1)")).isEmpty();
        assertThat(SqlText.insertWithDataInBody("INSERT INTO t FORMAT Values\n(1)")).isEmpty();
    }

    @Test
    void quotingEscapesWhatWouldEndTheLiteral() {
        assertThat(SqlText.quoteString("O'Brien \\ नोट\n")).isEqualTo("'O\\'Brien \\\\ नोट\\n'");
        assertThat(SqlText.quoteIdentifier("odd`name")).isEqualTo("`odd\\`name`");
    }
}
