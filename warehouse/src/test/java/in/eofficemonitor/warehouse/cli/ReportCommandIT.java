package in.eofficemonitor.warehouse.cli;

import static in.eofficemonitor.warehouse.fixtures.UpFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.warehouse.fixtures.UpFixtures;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report commands' CSV, byte for byte, over UpFixtures. */
class ReportCommandIT {

    private static final Clock AT_NOW = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void pendencyByOffice() {
        assertThat(report("pendency", "--as-of", "2026-11-20T12:00:00+05:30", "--by", "office")).isEqualTo("""
                office_id,name,files,receipts,age_0_7,age_8_15,age_16_30,age_31_90,age_91_180,age_over_180
                KNP-COLL,Collectorate Kanpur Nagar,3,1,2,1,0,0,0,1
                GZB-TEHSIL,Unregistered office,1,0,1,0,0,0,0,0
                LKO-COLL,Collectorate Lucknow,1,0,0,0,0,1,0,0
                SEC-REV,Revenue Department,1,0,0,0,0,0,1,0
                """);
    }

    @Test
    void pendencyByDeskInADistrictAsOfAMondayGivenAsADate() {
        // 16-11 00:00 IST: A, C and receipt B at AG3; E was closed on 15-11; F at the unregistered desk. The desk
        // columns after the contract's: A waits longest at AG3, C (3 d 12 h) is the median of three; E left AG3 on
        // 05-11, before the week; OS closed E but holds nothing, so it has no pendency row.
        assertThat(report("pendency", "--as-of", "2026-11-16", "--by", "desk", "--district", "Kanpur Nagar"))
                .isEqualTo("""
                desk_id,name,files,receipts,age_0_7,age_8_15,age_16_30,age_31_90,age_91_180,age_over_180,\
                oldest_arrived_at,median_dwell_days,files_cleared_7d,receipts_cleared_7d
                KNP-COLL-AG3-01,Assistant Grade 3,2,1,3,0,0,0,0,0,2026-11-10T10:00:00+05:30,3.5,0,0
                KNP-COLL-XX-09,Unregistered desk,1,0,0,0,0,0,0,1,2026-05-04T12:00:00+05:30,195.5,0,0
                """);
    }

    @Test
    void stuckWithCalendarDays() {
        assertThat(report("stuck", "--calendar-days", "--district", "Kanpur Nagar")).isEqualTo("""
                file_id,kind,priority,office_id,desk_id,arrived_at,dwell_days
                F,FILE,NORMAL,KNP-COLL,KNP-COLL-XX-09,2026-05-04T12:00:00+05:30,200
                C,FILE,NORMAL,KNP-COLL,KNP-COLL-AG3-01,2026-11-12T12:00:00+05:30,8
                B,RECEIPT,NORMAL,KNP-COLL,KNP-COLL-AG3-01,2026-11-13T11:00:00+05:30,7
                """);
    }

    @Test
    void stuckWithinARangeOfDaysAtTheDesk() {
        assertThat(report("stuck", "--calendar-days", "--district", "Kanpur Nagar", "--min-days", "8", "--max-days", "15"))
                .isEqualTo("""
                file_id,kind,priority,office_id,desk_id,arrived_at,dwell_days
                C,FILE,NORMAL,KNP-COLL,KNP-COLL-AG3-01,2026-11-12T12:00:00+05:30,8
                """);
    }

    @Test
    void rollout() {
        assertThat(report("rollout")).isEqualTo("""
                category,offices,live,in_progress,not_live,files_created
                SECRETARIAT_DEPARTMENT,1,1,0,0,8654000
                HOD_OFFICE,0,0,0,0,0
                POLICE_UNIT,1,0,0,1,0
                DIVISION_OFFICE,0,0,0,0,0
                DISTRICT_OFFICE,2,1,1,0,6
                UNREGISTERED,0,0,0,0,1
                """);
    }

    @Test
    void deadLettersAndTheirSamplesQuotedAsCsvNeeds() {
        assertThat(report("dead-letters")).isEqualTo("""
                reason,count
                NOT_JSON,2
                FUTURE_TS,1
                LINE_TOO_LONG,1
                NOT_AT_DESK,1
                """);
        assertThat(report("dead-letters", "--samples", "1").lines().toList()).containsExactly(
                "reason,source,source_position,arrived_at,detail,office_id,raw_bytes,raw_line",
                "FUTURE_TS,file,file:events.jsonl:15,2026-11-19T11:20:00+05:30,fixture,LKO-COLL,75,"
                        + "\"{\"\"event_id\"\":\"\"e-15\"\",\"\"ts\"\":\"\"2036-11-19T11:20:00+05:30\"\",\"\"office_id\"\":\"\"LKO-COLL\"\"}\"",
                "LINE_TOO_LONG,file,file:events.jsonl:14,2026-11-19T11:10:00+05:30,fixture,,4096,"
                        + "\"{\"\"event_id\"\":\"\"" + "x".repeat(500 - 13) + "\"",
                "NOT_AT_DESK,file,file:events.jsonl:12,2026-11-19T11:00:00+05:30,fixture,,67,"
                        + "\"{\"\"event_id\"\":\"\"e-12\"\",\"\"type\"\":\"\"FORWARDED\"\",\"\"from_desk\"\":\"\"KNP-COLL-OS-01\"\"}\"",
                "NOT_JSON,file,file:events.jsonl:9,2026-11-19T10:05:00+05:30,fixture,,21,\"garbage, with a comma\"");
    }

    @Test
    void kpisByDistrict() {
        assertThat(report("kpis", "--by", "district", "--from", "2026-11-01", "--to", "2026-11-20")).isEqualTo("""
                district_id,name,created,forwarded,closed,disposal_rate,mean_levels,share_over_4_levels,idle_desks,e_files,e_receipts
                ,State-level offices,0,0,0,,,,1,0,0
                ,Unregistered offices,1,0,0,0.0000,,,0,1,0
                Kanpur Nagar,Kanpur Nagar,4,3,1,0.2500,2.0000,0.0000,0,3,1
                Lucknow,Lucknow,1,4,1,1.0000,5.0000,1.0000,0,1,0
                """);
    }

    @Test
    void dailyByDeskFollowsOneFileUpTheLucknowHierarchy() {
        // K: created at AG3 16-11 10:00, SO 12:00, OS 17-11 10:00, ADM 15:00, DM 18-11 11:00, closed 19-11 16:00.
        assertThat(report("daily", "--by", "desk", "--from", "2026-11-16", "--to", "2026-11-19", "--office", "LKO-COLL"))
                .isEqualTo("""
                day,desk_id,name,office_id,created,received,forwarded,returned,closed,median_dwell_hours,p90_dwell_hours
                2026-11-16,LKO-COLL-AG3-01,Assistant Grade 3,LKO-COLL,1,0,1,0,0,2.00,2.00
                2026-11-16,LKO-COLL-SO-01,Section Officer,LKO-COLL,0,1,0,0,0,,
                2026-11-17,LKO-COLL-ADM-01,Additional District Magistrate,LKO-COLL,0,1,0,0,0,,
                2026-11-17,LKO-COLL-OS-01,Office Superintendent,LKO-COLL,0,1,1,0,0,5.00,5.00
                2026-11-17,LKO-COLL-SO-01,Section Officer,LKO-COLL,0,0,1,0,0,22.00,22.00
                2026-11-18,LKO-COLL-ADM-01,Additional District Magistrate,LKO-COLL,0,0,1,0,0,20.00,20.00
                2026-11-18,LKO-COLL-DM-01,District Magistrate,LKO-COLL,0,1,0,0,0,,
                2026-11-19,LKO-COLL-DM-01,District Magistrate,LKO-COLL,0,0,0,0,1,29.00,29.00
                """);
    }

    @Test
    void dailyByOffice() {
        // 15-11: E closed at Kanpur's OS after 10 days there. 16-11: K created and forwarded at Lucknow.
        assertThat(report("daily", "--by", "office", "--from", "2026-11-15", "--to", "2026-11-16")).isEqualTo("""
                day,office_id,name,created,received,forwarded,returned,closed,median_dwell_hours,p90_dwell_hours
                2026-11-15,KNP-COLL,Collectorate Kanpur Nagar,0,0,0,0,1,240.00,240.00
                2026-11-16,LKO-COLL,Collectorate Lucknow,1,1,1,0,0,2.00,2.00
                """);
    }

    @Test
    void rolloutByOffice() {
        assertThat(report("rollout", "--by", "office")).isEqualTo("""
                office_id,name,category,district,rollout_stage,desks,first_e_file_at,latest_e_file_at,files_created,opening_balance
                GZB-TEHSIL,Unregistered office,,,,0,2026-11-19T12:00:00+05:30,2026-11-19T12:00:00+05:30,1,0
                KNP-COLL,Collectorate Kanpur Nagar,DISTRICT_OFFICE,Kanpur Nagar,LIVE,2,2026-05-04T12:00:00+05:30,2026-11-12T12:00:00+05:30,4,0
                LKO-COLL,Collectorate Lucknow,DISTRICT_OFFICE,Lucknow,IN_PROGRESS,5,2026-10-11T12:00:00+05:30,2026-11-16T10:00:00+05:30,2,0
                PAC-01,PAC 1st Battalion,POLICE_UNIT,Lucknow,TRAINED,0,,,0,0
                SEC-REV,Revenue Department,SECRETARIAT_DEPARTMENT,,LIVE,1,2026-08-12T12:00:00+05:30,2026-08-12T12:00:00+05:30,8654000,8653999
                """);
    }

    @Test
    void rolloutActiveDesksByWeekInADistrict() {
        assertThat(report("rollout", "--by", "week", "--from", "2026-11-09", "--to", "2026-11-20", "--district",
                "Lucknow")).isEqualTo("""
                office_id,name,week,desks,active_desks
                LKO-COLL,Collectorate Lucknow,2026-11-09,5,0
                LKO-COLL,Collectorate Lucknow,2026-11-16,5,5
                PAC-01,PAC 1st Battalion,2026-11-09,0,0
                PAC-01,PAC 1st Battalion,2026-11-16,0,0
                """);
    }

    private static String report(String... args) {
        ReportCommand.Invocation invocation = ReportCommand.parse(List.of(args));
        StringWriter out = new StringWriter();
        ReportCommand.execute(invocation, UpFixtures.warehouse(), out, AT_NOW);
        return out.toString();
    }
}
