package in.eofficemonitor.warehouse.pendency;

import static in.eofficemonitor.warehouse.fixtures.EdgeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseTesting;
import in.eofficemonitor.warehouse.fixtures.EdgeFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A desk id the stays name at two offices (an unregistered desk named by events of both) is one desk in the desks
 * view: pendency/desks counts all its stays in every column, while desk_flow keeps a row per office and desk.
 */
class DeskAtTwoOfficesIT {

    private static final Instant T = ist("2026-01-15T10:00");

    @Test
    void aDeskNamedAtTwoOfficesIsOneDeskWithEveryColumnOverAllItsStays() {
        try (Warehouse w = WarehouseTesting.open("it_desk_two_offices")) {
            WarehouseTesting.truncateAll(w);
            EdgeFixtures.write(w);
            EdgeFixtures.writeDeskAtTwoOffices(w);
            PendencyQueries pendency = new PendencyQueries(w);

            // S1 has waited 5 days (Kanpur), S2 3 days (Lucknow): the median of the two is 4 days. S3 left the desk
            // at Lucknow on 14-01, within the 7 days before T.
            DeskPendency state = shared(pendency.desks(T, Scope.state()));
            assertThat(state.pendency().files()).isEqualTo(2);
            assertThat(state.pendency().registered()).isFalse();
            assertThat(state.pendency().officeId()).as("the first of its offices by id").isEqualTo(KNP_COLL);
            assertThat(state.flow().oldestArrivedAt()).contains(ist("2026-01-10T10:00"));
            assertThat(state.flow().medianDwell()).contains(Duration.ofDays(4));
            assertThat(state.flow().filesCleared()).isZero();
            assertThat(state.flow().receiptsCleared()).isEqualTo(1);
            // the same desk row as pendency/as_of's, whose counts always summed the desk's offices
            PendencyRow asOf = pendency.asOf(T, PendencyLevel.DESK, Scope.state()).stream()
                    .filter(r -> r.id().equals(SHARED_DESK)).findFirst().orElseThrow();
            assertThat(asOf.files()).isEqualTo(2);
            assertThat(asOf.ages()).isEqualTo(state.pendency().ages());

            // A district sees the desk's stays in its own offices only.
            DeskPendency lucknow = shared(pendency.desks(T, Scope.district(LUCKNOW)));
            assertThat(lucknow.pendency().files()).isEqualTo(1);
            assertThat(lucknow.pendency().officeId()).isEqualTo(LKO_COLL);
            assertThat(lucknow.flow().medianDwell()).contains(Duration.ofDays(3));
            assertThat(lucknow.flow().receiptsCleared()).isEqualTo(1);
            DeskPendency kanpur = shared(pendency.desks(T, Scope.district(KANPUR)));
            assertThat(kanpur.flow().medianDwell()).contains(Duration.ofDays(5));
            assertThat(kanpur.flow().receiptsCleared()).isZero();

            // desk_flow, the per-office answer, has the desk once at each office.
            assertThat(pendency.deskFlow(T, Scope.state()).stream().filter(f -> f.deskId().equals(SHARED_DESK)))
                    .extracting(DeskFlow::officeId, DeskFlow::medianDwell, DeskFlow::receiptsCleared)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(KNP_COLL, Optional.of(Duration.ofDays(5)), 0L),
                            org.assertj.core.groups.Tuple.tuple(LKO_COLL, Optional.of(Duration.ofDays(3)), 1L));
        }
    }

    private static DeskPendency shared(List<DeskPendency> desks) {
        List<DeskPendency> rows = desks.stream().filter(d -> d.pendency().id().equals(SHARED_DESK)).toList();
        assertThat(rows).as("one row for the desk").hasSize(1);
        return rows.getFirst();
    }
}
