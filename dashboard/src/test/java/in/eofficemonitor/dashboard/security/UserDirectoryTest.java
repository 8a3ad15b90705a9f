package in.eofficemonitor.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.eofficemonitor.alerts.recipients.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class UserDirectoryTest {

    @Test
    void demoUsersHaveBcryptHashesOfTheirPrintedPasswords() {
        UserDirectory users = UserDirectory.load(Optional.empty());

        assertThat(users.isDemo()).isTrue();
        assertThat(users.all()).extracting(u -> u.recipient().role())
                .contains(Role.STATE, Role.DISTRICT, Role.OFFICE, Role.POLICE);
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        assertThat(users.demoLogins()).allSatisfy(l ->
                assertThat(bcrypt.matches(l.password(), users.find(l.id()).orElseThrow().passwordHash())).isTrue());
    }

    @Test
    void aRecipientWithoutAHashGetsMailButNoLogin() {
        UserDirectory users = UserDirectory.parse("""
                id,name,email,role,scope,language,password_hash
                dm,DM,dm@x.in,DISTRICT,Lucknow,hi,$2a$10$99vV9RIOLyHiWf/nDr/Z9eFNzNdyjvPPOiungPmCYny/TQmzjR7X2
                mailonly,M,m@x.in,STATE,,en,
                """, "test", false);

        assertThat(users.find("dm")).isPresent();
        assertThat(users.find("mailonly")).isEmpty();
        assertThat(users.demoLogins()).isEmpty();
    }

    @Test
    void aUsersFileCarryingADemoPasswordIsRefusedSoTheDemoPasswordsOpenNothing() throws Exception {
        String demo;
        try (var in = UserDirectory.class.getResourceAsStream(UserDirectory.DEMO_RESOURCE)) {
            demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String oneCopied = """
                id,name,email,role,scope,language,password_hash
                dm,DM,dm@x.in,DISTRICT,Lucknow,hi,$2a$10$99vV9RIOLyHiWf/nDr/Z9eFNzNdyjvPPOiungPmCYny/TQmzjR7X2
                chief,CS,cs@x.in,STATE,,en,$2a$10$hN6.i9ydgwbkKkQk8glP9.BqzRkS4JS2OVoY9dwWKEYTGhtbQtkba
                """;

        assertThatThrownBy(() -> UserDirectory.parse(demo, "/etc/eoffice/users.csv", false))
                .hasMessageContaining("/etc/eoffice/users.csv").hasMessageContaining("demo");
        assertThatThrownBy(() -> UserDirectory.parse(oneCopied, "users.csv", false))
                .hasMessageContaining("chief").hasMessageContaining("demo");
    }

    @Test
    void aFileWithoutThePasswordColumnIsRefused() {
        assertThatThrownBy(() -> UserDirectory.parse("id,name,email,role,scope,language\ncs,CS,,STATE,,en\n", "f.csv", false))
                .hasMessageContaining("password_hash");
    }

    @Test
    void aDistrictUserSeesOnlyOfficesOfTheirDistrict() {
        UserScope dm = new UserScope(Role.DISTRICT, "Lucknow");
        var lko = new in.eofficemonitor.dashboard.registry.OfficeInfo("LKO-COLL", "", "",
                in.eofficemonitor.warehouse.registry.OfficeCategory.DISTRICT_OFFICE, "Lucknow");
        var knj = new in.eofficemonitor.dashboard.registry.OfficeInfo("KNJ-COLL", "", "",
                in.eofficemonitor.warehouse.registry.OfficeCategory.DISTRICT_OFFICE, "Kannauj");

        assertThat(dm.allows(lko)).isTrue();
        assertThat(dm.allows(knj)).isFalse();
        assertThat(dm.allows(null)).isFalse();
        assertThat(dm.allowsDistrict("Kannauj")).isFalse();
    }
}
