package in.eofficemonitor.warehouse.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTokensTest {

    private static List<String> texts(String sql) {
        return SqlTokens.of(sql).stream().map(SqlTokens.Token::text).toList();
    }

    @Test
    void nestedCommentsAreSkippedWhole() {
        assertThat(texts("/* /* */ SELECT */ DROP TABLE t")).containsExactly("DROP", "TABLE", "t");
        assertThat(texts("-- INTO OUTFILE\nSELECT 1")).containsExactly("SELECT", "1");
    }

    @Test
    void stringsAreOneTokenWithTheirEscapesUndone() {
        List<SqlTokens.Token> t = SqlTokens.of("SELECT 'a\\'b INTO OUTFILE \\n', 'it''s', '\\x41'");
        assertThat(t.get(1)).isEqualTo(new SqlTokens.Token(SqlTokens.Kind.STRING, "a'b INTO OUTFILE \n"));
        assertThat(t.get(3).text()).isEqualTo("it's");
        assertThat(t.get(5).text()).isEqualTo("A");
        assertThat(t).filteredOn(x -> x.isWord("OUTFILE")).isEmpty();
    }

    @Test
    void quotedNamesAreNotStrings() {
        assertThat(SqlTokens.of("SELECT `max_memory_usage`").get(1).kind()).isEqualTo(SqlTokens.Kind.QUOTED_NAME);
    }
}
