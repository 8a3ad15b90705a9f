package in.eofficemonitor.alerts.recipients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecipientsFileTest {

    @Test
    void readsRolesScopesLanguagesAndIgnoresTheDashboardsOwnColumns() {
        String csv = """
                id,name,email,role,scope,language,reports,password_hash
                cs,Chief Secretary,cs@up.gov.in,STATE,,en,,{bcrypt}x
                dm-kannauj,"जिलाधिकारी, कन्नौज",dm-knj@up.gov.in,DISTRICT,Kannauj,hi,weekly-pendency;stuck-escalation,{bcrypt}y
                viewer,Dashboard only,,OFFICE,KNJ-COLL,hi,,{bcrypt}z
                """;
        List<Recipient> all = RecipientsFile.parse(csv, "users.csv");

        assertThat(all).hasSize(3);
        Recipient dm = all.get(1);
        assertThat(dm.name()).isEqualTo("जिलाधिकारी, कन्नौज");
        assertThat(dm.scope()).isEqualTo(Scope.district("Kannauj"));
        assertThat(dm.language()).isEqualTo(Language.HI);
        assertThat(dm.reports()).isEqualTo(Set.of(ReportKind.WEEKLY_PENDENCY, ReportKind.STUCK_ESCALATION));
        assertThat(dm.receives(ReportKind.ROLLOUT_DIGEST)).isFalse();
        assertThat(all.get(0).receives(ReportKind.ROLLOUT_DIGEST)).isTrue();
        assertThat(all.get(0).receives(ReportKind.STUCK_ESCALATION)).as("the state gets no per-file alerts").isFalse();
        assertThat(all.get(2).receives(ReportKind.WEEKLY_PENDENCY)).as("no address, no mail").isFalse();
    }

    @Test
    void reportsEveryBadLineWithItsRowNumber() {
        String csv = """
                id,name,email,role,scope,language
                a,A,a@x.in,MINISTER,,en
                b,B,not-an-address,STATE,,en
                c,C,c@x.in,DISTRICT,,en
                d,D,d@x.in,STATE,,fr
                """;
        assertThatThrownBy(() -> RecipientsFile.parse(csv, "users.csv"))
                .hasMessageContaining("users.csv row 2: unknown role 'MINISTER'")
                .hasMessageContaining("row 3: 'not-an-address' is not an e-mail address")
                .hasMessageContaining("row 4: a DISTRICT scope needs a district")
                .hasMessageContaining("row 5: unknown language 'fr'");
    }

    @Test
    void refusesAHeaderWithoutTheRequiredColumns() {
        assertThatThrownBy(() -> RecipientsFile.parse("id,name,email\n", "users.csv"))
                .hasMessageContaining("lacks column(s) [role, scope, language]");
    }

    @Test
    void refusesDuplicateIds() {
        String csv = "id,name,email,role,scope,language\ncs,A,a@x.in,STATE,,en\ncs,B,b@x.in,STATE,,hi\n";
        assertThatThrownBy(() -> RecipientsFile.parse(csv, "f")).hasMessageContaining("duplicate id 'cs'");
    }
}
