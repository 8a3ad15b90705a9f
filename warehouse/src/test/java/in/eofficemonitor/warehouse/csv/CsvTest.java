package in.eofficemonitor.warehouse.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plainFieldsAreNotQuoted() {
        assertThat(write(List.of("KNP-COLL-AG3-01", "Assistant Grade 3", "12"))).isEqualTo("KNP-COLL-AG3-01,Assistant Grade 3,12\n");
    }

    @Test
    void commasQuotesLineBreaksAndOuterSpacesAreQuoted() {
        assertThat(write(List.of("Revenue, Land", "the \"urgent\" one", "two\nlines", " padded", "")))
                .isEqualTo("\"Revenue, Land\",\"the \"\"urgent\"\" one\",\"two\nlines\",\" padded\",\n");
    }

    @Test
    void hindiPassesThrough() {
        assertThat(write(List.of("राजस्व विभाग"))).isEqualTo("राजस्व विभाग\n");
    }

    @Test
    void aFieldASpreadsheetWouldTakeForAFormulaIsText() {
        assertThat(write(List.of("=1+2", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "-12", "-1.5", "12")))
                .isEqualTo("\"'=1+2\",\"'+1\",\"'-2+3\",\"'@SUM(A1)\",\"'\tx\",\"'\rx\",-12,-1.5,12\n");
    }

    @Test
    void numbersAreWrittenAsTheyPrintNegativeOnesToo() {
        assertThat(Csv.line(List.of(-3, -0.5, 12L, "x"))).isEqualTo("-3,-0.5,12,x\r\n");
    }

    @Test
    void whatIsWrittenParsesBackToTheSafeText() {
        String text = Csv.line(List.of("=HYPERLINK(\"http://x\")", "a, b", "two\nlines")) + Csv.line(List.of("", "z"));

        assertThat(Csv.parse(text)).containsExactly(List.of("'=HYPERLINK(\"http://x\")", "a, b", "two\nlines"),
                List.of("", "z"));
    }

    @Test
    void aNullFieldIsEmpty() {
        assertThat(Csv.field(null)).isEmpty();
    }

    private static String write(List<?> row) {
        StringWriter out = new StringWriter();
        new Csv(out).row(row);
        return out.toString();
    }
}
