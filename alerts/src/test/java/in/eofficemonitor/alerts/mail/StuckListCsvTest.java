package in.eofficemonitor.alerts.mail;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.warehouse.csv.Csv;
import in.eofficemonitor.alerts.recipients.Language;
import in.eofficemonitor.alerts.source.ReportSource.StuckFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Monday mail's CSV attachment opened in a Collector's spreadsheet: a subject someone typed into e-Office as a
 * formula arrives as text; the dwell stays a number.
 */
class StuckListCsvTest {

    private static final Instant AT = Instant.parse("2026-12-01T04:30:00Z");

    @Test
    void aSubjectTypedAsAFormulaIsTextInTheAttachment() {
        StuckFile crafted = new StuckFile("@UP/REV/1", "FILE", "HIGH", "=HYPERLINK(\"http://evil.example\",\"click\")",
                "-KNJ", "+Collectorate", "Kannauj", "\tdesk-1", "Clerk", AT, AT, 12.5, 7, "", "");

        MailContent.Attachment csv = StuckList.csv("stuck.csv", List.of(crafted), Messages.of(Language.EN),
                new DashboardLinks("https://monitor.up.example"));

        List<String> row = Csv.parse(new String(csv.bytes(), StandardCharsets.UTF_8).substring(1)).get(1);
        assertThat(row).startsWith("'@UP/REV/1", "'=HYPERLINK(\"http://evil.example\",\"click\")", "HIGH", "'-KNJ",
                "'+Collectorate", "Kannauj", "'\tdesk-1", "Clerk");
        assertThat(row.get(9)).as("the dwell in days, a number").isEqualTo("12.5");
    }
}
