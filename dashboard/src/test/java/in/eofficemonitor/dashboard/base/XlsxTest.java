package in.eofficemonitor.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class XlsxTest {

    @Test
    void aWorkbookOfWellFormedPartsWithTextAndNumberCells() throws Exception {
        byte[] xlsx = Xlsx.sheet("stuck", List.of("file_id", "office", "days"),
                List.of(List.of("UP/REV/2026/00123", "कलेक्ट्रेट, कन्नौज <A&B> \"x\"", 12L),
                        List.of("K\u0001", "", 0)));

        assertThat(XlsxSheets.parts(xlsx)).containsExactlyInAnyOrder("[Content_Types].xml", "_rels/.rels",
                "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml");
        assertThat(XlsxSheets.rows(xlsx)).containsExactly(
                List.of("file_id", "office", "days"),
                List.of("UP/REV/2026/00123", "कलेक्ट्रेट, कन्नौज <A&B> \"x\"", "n:12"),
                List.of("K", "", "n:0"));
    }
}
