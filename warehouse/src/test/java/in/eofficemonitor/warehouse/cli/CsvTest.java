package in.eofficemonitor.warehouse.cli;

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
    void aNullFieldIsEmpty() {
        assertThat(Csv.field(null)).isEmpty();
    }

    private static String write(List<String> row) {
        StringWriter out = new StringWriter();
        new Csv(out).row(row);
        return out.toString();
    }
}
