package in.eofficemonitor.streamjobs.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.eofficemonitor.warehouse.registry.Desk;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryCsvTest {

    private static final String HEADER =
            "office_id,name,name_hi,category,district,division,parent_office_id,rollout_stage,stage_since\n";

    private static final Office KANNAUJ_COLLECTORATE = new Office("KNJ-COLL", "Collectorate, Kannauj", "कलेक्ट्रेट, कन्नौज",
            OfficeCategory.DISTRICT_OFFICE, "Kannauj", "Kanpur", "", RolloutStage.LIVE, LocalDate.of(2022, 6, 1));

    @Test
    void quotedFieldsWithCommasAndQuotesAreRead() {
        String csv = "\uFEFF" + HEADER
                + "KNJ-COLL,\"Collectorate, Kannauj\",\"कलेक्ट्रेट, कन्नौज\",DISTRICT_OFFICE,Kannauj,Kanpur,,LIVE,2022-06-01\n"
                + "X,\"The \"\"X\"\" office\",,HOD_OFFICE,,,,NOT_STARTED,01-04-2026\n";
        CsvLoad<Office> load = OfficeRegistryCsv.read(new StringReader(csv), "offices.csv");
        assertThat(load.rejections()).isEmpty();
        assertThat(load.rows()).first().isEqualTo(KANNAUJ_COLLECTORATE);
        assertThat(load.rows().get(1).name()).isEqualTo("The \"X\" office");
        assertThat(load.rows().get(1).stageSince()).as("dd-MM-yyyy accepted").isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void aFileWithAnyBadRowLoadsNothingAndNamesTheFirstProblemByLineAndColumn() {
        String csv = HEADER
                + "A,Office A,,HOD_OFFICE,,,,LIVE,2024-01-01\n"
                + "B,\"Office B,,HOD_OFFICE,,,,LIVE,2024-01-01\n"
                + "C,Office C,,HOD_OFFICE,,,,LIVE,2024-01-01\n";
        CsvLoad<Office> unclosed = OfficeRegistryCsv.read(new StringReader(csv), "offices.csv");
        assertThatThrownBy(unclosed::whole).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("offices.csv line 3 column 3: a quoted field opened here is not closed")
                .hasMessageContaining("nothing of offices.csv was loaded");

        CsvLoad<Office> afterQuote = OfficeRegistryCsv.read(new StringReader(HEADER
                + "A,\"Office\" A,,HOD_OFFICE,,,,LIVE,2024-01-01\nB,Office B,,MINISTRY,,,,LIVE,2024-01-01\n"), "offices.csv");
        assertThatThrownBy(afterQuote::whole)
                .hasMessageStartingWith("offices.csv line 2 column 11: text after a closing quote in field 2")
                .hasMessageContaining("(and 1 more problems)");
        assertThat(OfficeRegistryCsv.read(new StringReader(HEADER + "A,Office A,,HOD_OFFICE,,,,LIVE,2024-01-01\n"),
                "offices.csv").whole()).extracting(Office::officeId).containsExactly("A");
    }

    @Test
    void badRowsAreRejectedWithLineNumbersAndTheRestLoads() {
        String csv = HEADER
                + "A,Office A,,HOD_OFFICE,,,,LIVE,2024-01-01\n"
                + "B,Office B,,MINISTRY,,,,LIVE,2024-01-01\n"
                + "C,Office C,,HOD_OFFICE,,,,LIVE,yesterday\n"
                + "D,Office D,,HOD_OFFICE,,,,LIVE\n"
                + ",Office E,,HOD_OFFICE,,,,LIVE,2024-01-01\n"
                + "A,Office A again,,HOD_OFFICE,,,,LIVE,2024-01-01\n"
                + "F,Office F,,POLICE_UNIT,,,,GOING_LIVE,2024-01-01\n"
                + "G,Office G,,POLICE_UNIT,,,,LIVE,2024-01-01\n";
        CsvLoad<Office> load = OfficeRegistryCsv.read(new StringReader(csv), "offices.csv");
        assertThat(load.rows()).extracting(Office::officeId).containsExactly("A", "G");
        assertThat(load.rejections()).extracting(CsvRejection::lineNumber).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(load.rejections()).extracting(CsvRejection::describe).containsExactly(
                "offices.csv line 3: category \"MINISTRY\" is not one of [SECRETARIAT_DEPARTMENT, HOD_OFFICE, POLICE_UNIT, DIVISION_OFFICE, DISTRICT_OFFICE]",
                "offices.csv line 4: stage_since \"yesterday\" is not a date (yyyy-MM-dd)",
                "offices.csv line 5: has 8 fields, the header has 9",
                "offices.csv line 6: office_id is empty",
                "offices.csv line 7: office_id A appears on an earlier line; the first one is kept",
                "offices.csv line 8: rollout_stage \"GOING_LIVE\" is not one of [NOT_STARTED, EMAIL_IDS_CREATED, TRAINED, IN_PROGRESS, LIVE]");
        assertThat(load.rejections().get(0).rawLine()).isEqualTo("B,Office B,,MINISTRY,,,,LIVE,2024-01-01");
    }

    @Test
    void aFileWithoutTheRequiredHeaderIsRefusedWhole() {
        assertThatThrownBy(() -> OfficeRegistryCsv.read(
                        new StringReader("KNJ-COLL,Collectorate,,DISTRICT_OFFICE,,,,LIVE,2022-06-01\n"), "offices.csv"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("offices.csv line 1")
                .hasMessageContaining("office_id");
        assertThatThrownBy(() -> DeskCsv.read(new StringReader(""), "desks.csv"))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("empty");
    }

    @Test
    void columnsMayComeInAnyOrderAndExtraColumnsAreIgnored() {
        String csv = "designation,desk_id,office_id,floor\nOffice Superintendent,KNJ-COLL-OS-01,KNJ-COLL,2\n";
        CsvLoad<Desk> load = DeskCsv.read(new StringReader(csv), "desks.csv");
        assertThat(load.rows()).containsExactly(new Desk("KNJ-COLL-OS-01", "KNJ-COLL", "Office Superintendent", "", ""));
    }

    @Test
    void aQuotedFieldMaySpanLinesAndTheNextRecordKeepsItsLineNumber() {
        String csv = "desk_id,office_id,designation,designation_hi,holder_name\n"
                + "D1,O,\"Assistant\nGrade 3\",,\n"
                + "D2,O,,,\n";
        CsvLoad<Desk> load = DeskCsv.read(new StringReader(csv), "desks.csv");
        assertThat(load.rows()).extracting(Desk::designation).containsExactly("Assistant\nGrade 3");
        assertThat(load.rejections()).singleElement().satisfies(r -> {
            assertThat(r.lineNumber()).isEqualTo(4);
            assertThat(r.reason()).isEqualTo("designation is empty");
        });
    }

    @Test
    void writtenRegistryReadsBackTheSame() throws Exception {
        List<Office> offices = List.of(KANNAUJ_COLLECTORATE);
        List<Desk> desks = List.of(new Desk("KNJ-COLL-DM-01", "KNJ-COLL", "Collector", "जिलाधिकारी", "Shri A, IAS"));
        StringWriter o = new StringWriter();
        OfficeRegistryCsv.write(o, offices);
        StringWriter d = new StringWriter();
        DeskCsv.write(d, desks);
        assertThat(OfficeRegistryCsv.read(new StringReader(o.toString()), "o").rows()).isEqualTo(offices);
        assertThat(DeskCsv.read(new StringReader(d.toString()), "d").rows()).isEqualTo(desks);
    }
}
