package in.eofficemonitor.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.eofficemonitor.warehouse.kpis.KpiLevel;
import in.eofficemonitor.warehouse.kpis.KpiRow;
import in.eofficemonitor.warehouse.pendency.AgeBuckets;
import in.eofficemonitor.warehouse.pendency.DeskFlow;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.rollout.RolloutRow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Command-line parsing and the CSV shapes; running the reports against the engine is ReportCommandIT's job. */
class ReportCommandTest {

    @Test
    void pendencyCommandLine() {
        ReportCommand.Invocation inv = ReportCommand.parse(List.of("pendency", "--as-of", "2026-11-16",
                "--by", "district", "--warehouse", "embedded:/tmp/wh"));

        assertThat(inv.report()).isEqualTo("pendency");
        assertThat(inv.options().require("by")).isEqualTo("district");
        assertThat(inv.warehouse().isEmbedded()).isTrue();
        assertThat(inv.warehouse().dataDir()).isEqualTo(Path.of("/tmp/wh"));
    }

    @Test
    void stuckTakesTheCalendarDaysSwitchAndServerUrlWithCredentials() {
        ReportCommand.Invocation inv = ReportCommand.parse(List.of("stuck", "--calendar-days", "--as-of=2026-11-20T12:00:00+05:30",
                "--warehouse", "http://ch:8123/eoffice", "--user", "monitor", "--password", "pw", "--priority", "immediate"));

        assertThat(inv.options().flag("calendar-days")).isTrue();
        assertThat(inv.warehouse().url()).isEqualTo("http://ch:8123/eoffice");
        assertThat(inv.warehouse().user()).isEqualTo("monitor");
        assertThat(inv.warehouse().password()).isEqualTo("pw");
    }

    @Test
    void dailyAndRolloutCommandLines() {
        ReportCommand.Invocation daily = ReportCommand.parse(List.of("daily", "--by", "desk", "--from", "2026-11-01",
                "--to", "2026-11-30", "--district", "Kanpur Nagar"));
        assertThat(daily.options().require("by")).isEqualTo("desk");
        assertThat(daily.options().require("district")).isEqualTo("Kanpur Nagar");

        assertThat(ReportCommand.parse(List.of("rollout", "--by", "office", "--office", "KNP-COLL")).report())
                .isEqualTo("rollout");
        assertThat(ReportCommand.parse(List.of("rollout", "--by", "week", "--from", "2026-11-02", "--to", "2026-11-29"))
                .options().require("from")).isEqualTo("2026-11-02");
    }

    @Test
    void dwellIsWrittenInHoursWithTwoDecimalsAndEmptyWhenNoStayEnded() {
        assertThat(CsvReports.hours(java.util.Optional.of(java.time.Duration.ofMinutes(20)))).isEqualTo("0.33");
        assertThat(CsvReports.hours(java.util.Optional.of(java.time.Duration.ofDays(10)))).isEqualTo("240.00");
        assertThat(CsvReports.hours(java.util.Optional.empty())).isEmpty();
    }

    @Test
    void dailyAndRolloutMistakes() {
        assertThatThrownBy(() -> ReportCommand.parse(List.of("daily", "--by", "district", "--from", "2026-11-01",
                "--to", "2026-11-02"))).hasMessageContaining("--by").hasMessageContaining("office or desk");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("daily", "--by", "office", "--from", "2026-11-01")))
                .hasMessageContaining("--to is required");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("rollout", "--district", "Lucknow")))
                .hasMessageContaining("--by office or --by week");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("rollout", "--by", "week", "--from", "2026-11-02")))
                .hasMessageContaining("--to is required");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("rollout", "--by", "office", "--from", "2026-11-02")))
                .hasMessageContaining("--by week");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("rollout", "--by", "desk")))
                .hasMessageContaining("category, office or week");
    }

    @Test
    void mistakesAreUsageErrorsBeforeAnythingStarts() {
        assertThatThrownBy(() -> ReportCommand.parse(List.of("pendency", "--as-of", "yesterday", "--by", "desk")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--as-of 'yesterday'");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("pendency", "--as-of", "2026-11-16", "--by", "tehsil")))
                .hasMessageContaining("--by");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("pendency", "--as-of", "2026-11-16")))
                .hasMessageContaining("--by is required");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("stuck", "--calendar")))
                .hasMessageContaining("Unknown option --calendar");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("kpis", "--by", "office", "--from", "2026-11-20", "--to", "2026-11-01")))
                .hasMessageContaining("before");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("stuck", "--min-days", "-1")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--min-days '-1'");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("stuck", "--min-days", "9", "--max-days", "8")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--max-days 8 is below --min-days 9");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("stuck", "--kind", "LETTER")))
                .hasMessageContaining("--kind 'LETTER'");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("pendency", "--by", "desk", "--district", "A", "--office", "B")))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("rollout", "--warehouse", "mysql://x")))
                .hasMessageContaining("--warehouse");
        assertThatThrownBy(() -> ReportCommand.parse(List.of("pendancy")))
                .hasMessageContaining("Unknown report 'pendancy'");
    }

    @Test
    void aUsageErrorExitsWith2AndSaysWhereTheOptionsAreExplained() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ReportCommand.run(List.of("stuck", "--as-of", "soon"), new PrintStream(out), new PrintStream(err),
                Clock.systemUTC());

        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--as-of 'soon'").contains("./eoffice-monitor report --help")
                .doesNotContain("Usage:");
    }

    @Test
    void theCsvColumnsAreTheContractsOnes() {
        assertThat(String.join(",", CsvReports.pendencyHeader(PendencyLevel.OFFICE)))
                .isEqualTo("office_id,name,files,receipts,age_0_7,age_8_15,age_16_30,age_31_90,age_91_180,age_over_180");
        assertThat(String.join(",", CsvReports.pendencyHeader(PendencyLevel.DESK))).as("desk columns only at the end")
                .isEqualTo("desk_id,name,files,receipts,age_0_7,age_8_15,age_16_30,age_31_90,age_91_180,age_over_180,"
                        + "oldest_arrived_at,median_dwell_days,files_cleared_7d,receipts_cleared_7d");
        assertThat(String.join(",", CsvReports.STUCK_HEADER))
                .isEqualTo("file_id,kind,priority,office_id,desk_id,arrived_at,dwell_days");
        assertThat(String.join(",", CsvReports.ROLLOUT_HEADER))
                .isEqualTo("category,offices,live,in_progress,not_live,files_created");
        assertThat(String.join(",", CsvReports.DEAD_LETTERS_HEADER)).isEqualTo("reason,count");
        assertThat(String.join(",", CsvReports.kpisHeader(KpiLevel.DISTRICT))).startsWith("district_id,name,created,");
    }

    @Test
    void rowsFollowTheirHeader() {
        PendencyRow desk = new PendencyRow(PendencyLevel.DESK, "KNP-COLL-AG3-01", true, "KNP-COLL", "Assistant Grade 3",
                "सहायक", 3, 1, new AgeBuckets(2, 1, 0, 0, 0, 1));
        assertThat(CsvReports.pendency(desk)).containsExactly("KNP-COLL-AG3-01", "Assistant Grade 3", "3", "1", "2", "1", "0", "0", "0", "1");
        DeskFlow flow = new DeskFlow("KNP-COLL", "KNP-COLL-AG3-01", Optional.of(Instant.parse("2026-11-10T04:30:00Z")),
                Optional.of(Duration.ofHours(80)), 4, 2);
        assertThat(CsvReports.pendency(desk, flow)).hasSize(CsvReports.pendencyHeader(PendencyLevel.DESK).size())
                .endsWith("2026-11-10T10:00:00+05:30", "3.3", "4", "2");
        assertThat(CsvReports.pendency(desk, DeskFlow.none("KNP-COLL", "KNP-COLL-AG3-01"))).endsWith("", "", "0", "0");

        RolloutRow rollout = new RolloutRow(Optional.of(OfficeCategory.HOD_OFFICE), 150, 90, 30, 10, 10, 10, 95, 123456);
        assertThat(CsvReports.rollout(rollout)).containsExactly("HOD_OFFICE", "150", "90", "30", "30", "123456");

        KpiRow kpi = new KpiRow(KpiLevel.OFFICE, "KNP-COLL", true, "Collectorate Kanpur Nagar", "", 12, 30, 8, 12, 9, 3,
                3, 14, 1, 2);
        assertThat(CsvReports.kpis(kpi)).containsExactly("KNP-COLL", "Collectorate Kanpur Nagar", "12", "30", "8",
                "0.6667", "4.6667", "0.3333", "2", "9", "3");
        KpiRow nothing = new KpiRow(KpiLevel.OFFICE, "X", false, "Unregistered office", "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(CsvReports.kpis(nothing)).element(5).isEqualTo("");
    }
}
