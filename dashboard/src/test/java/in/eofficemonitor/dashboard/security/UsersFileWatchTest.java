package in.eofficemonitor.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.dashboard.security.UsersFileEvents.UsersFileRejected;
import in.eofficemonitor.dashboard.security.UsersFileEvents.UsersFileReloaded;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The users file edited under a running directory: what is put in force, what is refused, and what is said. */
class UsersFileWatchTest {

    private static final String HEADER = "id,name,email,role,scope,language,reports,password_hash\n";
    private static final String HASH = "$2a$10$99vV9RIOLyHiWf/nDr/Z9eFNzNdyjvPPOiungPmCYny/TQmzjR7X2";

    @TempDir
    Path dir;

    private final List<Object> events = new CopyOnWriteArrayList<>();

    private Path file(String rows) throws Exception {
        Path f = dir.resolve("users.csv");
        Files.writeString(f, HEADER + rows, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aTransferAndARevocationHoldAtTheNextCheckAndAreAnnounced() throws Exception {
        Path f = file("dm,DM,dm@x.in,DISTRICT,Lucknow,hi,," + HASH + "\nos,OS,os@x.in,OFFICE,KNJ-COLL,hi,," + HASH + "\n");
        UserDirectory users = UserDirectory.load(Optional.of(f));
        UsersFileWatch watch = new UsersFileWatch(f, users, new SessionsByUser(), events::add, Clock.systemUTC());
        watch.check();
        assertThat(events).as("nothing changed").isEmpty();

        file("dm,DM,dm@x.in,DISTRICT,Kannauj,hi,," + HASH + "\nnew,N,n@x.in,STATE,,en,," + HASH + "\n");
        watch.check();

        assertThat(users.find("os")).isEmpty();
        assertThat(users.find("dm").orElseThrow().scope()).isEqualTo(new UserScope(Role.DISTRICT, "Kannauj"));
        assertThat(events).singleElement().isInstanceOfSatisfying(UsersFileReloaded.class, e -> {
            assertThat(e.added()).isEqualTo(Set.of("new"));
            assertThat(e.removed()).isEqualTo(Set.of("os"));
            assertThat(e.changed()).isEqualTo(Set.of("dm"));
        });
    }

    @Test
    void aMalformedFileKeepsTheLastGoodUsersAndSaysWhyOnce() throws Exception {
        Path f = file("dm,DM,dm@x.in,DISTRICT,Lucknow,hi,," + HASH + "\n");
        UserDirectory users = UserDirectory.load(Optional.of(f));
        UsersFileWatch watch = new UsersFileWatch(f, users, new SessionsByUser(), events::add, Clock.systemUTC());

        try (CapturedLog log = new CapturedLog(UsersFileWatch.class)) {
            Files.writeString(f, "id,name,email,role,scope,language\ndm,DM,dm@x.in,DISTRICT,Lucknow,hi\n");
            watch.check();
            watch.check();

            assertThat(users.find("dm")).isPresent();
            assertThat(log.messages()).singleElement().satisfies(m -> assertThat(m).startsWith("ERROR")
                    .contains("password_hash").contains("1 users read before stay in force"));
        }
        assertThat(events).singleElement().isInstanceOf(UsersFileRejected.class);

        file("dm,DM,dm@x.in,DISTRICT,Kannauj,hi,," + HASH + "\n");
        watch.check();
        assertThat(events).as("fixed, with the change meant").last().isInstanceOf(UsersFileReloaded.class);
        assertThat(users.find("dm").orElseThrow().scope().value()).isEqualTo("Kannauj");
    }
}
