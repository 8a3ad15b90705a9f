package in.eofficemonitor.warehouse.trail;

import static in.eofficemonitor.warehouse.fixtures.UpFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.eofficemonitor.warehouse.fixtures.UpFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TrailQueriesIT {

    private final TrailQueries trails = new TrailQueries(UpFixtures.warehouse());

    @Test
    void anOpenFilesTrailEveryMoveDwellAndWhereItIsNow() {
        FileTrail a = trails.trail("A", NOW);

        assertThat(a.stays()).extracting(TrailStay::deskId, TrailStay::designation, TrailStay::arrivedAt,
                        TrailStay::arrivedBy, TrailStay::leftAt, TrailStay::leftBy, TrailStay::dwell)
                .containsExactly(
                        tuple(KNP_AG3, "Assistant Grade 3", ist("2026-11-10T10:00"), "CREATED", ist("2026-11-18T10:00"),
                                "FORWARDED", Duration.ofDays(8)),
                        tuple(KNP_OS, "Office Superintendent", ist("2026-11-18T10:00"), "FORWARDED", null, null,
                                Duration.ofDays(2).plusHours(2)));
        assertThat(a.stays().getFirst().officeName()).isEqualTo("Collectorate Kanpur Nagar");
        assertThat(a.currentDwell()).hasValue(Duration.ofDays(2).plusHours(2));
        assertThat(a.events()).extracting(TrailEvent::type, TrailEvent::fromDesk, TrailEvent::toDesk)
                .containsExactly(tuple("CREATED", "", KNP_AG3), tuple("FORWARDED", KNP_AG3, KNP_OS));
        assertThat(a.position()).hasValueSatisfying(p -> {
            assertThat(p.status()).isEqualTo("OPEN");
            assertThat(p.deskId()).isEqualTo(KNP_OS);
            assertThat(p.levels()).isEqualTo(2);
            assertThat(p.createdAt()).isEqualTo(ist("2026-11-10T10:00"));
        });
    }

    @Test
    void aClosedFileHasNoCurrentStay() {
        FileTrail e = trails.trail("E", NOW);

        assertThat(e.stays()).extracting(TrailStay::deskId).containsExactly(KNP_OS, KNP_AG3, KNP_OS);
        assertThat(e.stays().getLast().leftBy()).isEqualTo("CLOSED");
        assertThat(e.currentStay()).isEmpty();
        assertThat(e.position()).hasValueSatisfying(p -> assertThat(p.status()).isEqualTo("CLOSED"));
    }

    @Test
    void anUnknownFileIsEmpty() {
        FileTrail unknown = trails.trail("UP/NONE/1", NOW);

        assertThat(unknown.known()).isFalse();
        assertThat(unknown.stays()).isEmpty();
    }
}
