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
                dm,DM,dm@x.in,DISTRICT,Lucknow,hi,$2a$10$0Z9fC35JC0XdPaD252eF1.Bg9ZTJKcR8kTo1.D/Yu/14PwPliPqOC
                mailonly,M,m@x.in,STATE,,en,
                """, "test", false);

        assertThat(users.find("dm")).isPresent();
        assertThat(users.find("mailonly")).isEmpty();
        assertThat(users.demoLogins()).isEmpty();
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
