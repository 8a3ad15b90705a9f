package in.eofficemonitor.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** With single sign-on on, the users file is the list of who may log in through the provider: hashes are optional. */
class UsersFileWithSingleSignOnTest {

    @Test
    void aFileWithoutThePasswordColumnLoadsAndEveryRowIsAUserWithoutPassword() {
        UserDirectory users = UserDirectory.parse("id,name,email,role,scope,language\ncs,CS,,STATE,,en\n"
                + "dm,DM,dm@x.in,DISTRICT,Lucknow,hi\n", "f.csv", false, true);

        assertThat(users.all()).extracting(DashboardUser::id).containsExactlyInAnyOrder("cs", "dm");
        assertThat(users.all()).noneMatch(DashboardUser::hasPassword);
        assertThat(users.find("dm").orElseThrow().scope().value()).isEqualTo("Lucknow");
    }

    @Test
    void rowsWithAndWithoutHashAreBothUsersAndOnlyTheHashedOneHasAPassword() {
        UserDirectory users = UserDirectory.parse("""
                id,name,email,role,scope,language,password_hash
                breakglass,State admin,a@x.in,STATE,,en,$2a$10$XkBAsoTWBBFA7a7XpgF3CekfqTD.8.ujr0USmkvzxY4057klnJwfa
                dm,DM,dm@x.in,DISTRICT,Lucknow,hi,
                """, "test", false, true);

        assertThat(users.find("breakglass").orElseThrow().hasPassword()).isTrue();
        assertThat(users.find("dm").orElseThrow().hasPassword()).isFalse();
    }

    @Test
    void aHashThatIsNotBcryptIsStillRefused() {
        assertThatThrownBy(() -> UserDirectory.parse("id,name,email,role,scope,language,password_hash\n"
                + "cs,CS,,STATE,,en,plaintext\n", "f.csv", false, true)).hasMessageContaining("BCrypt");
    }
}
