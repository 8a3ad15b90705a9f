package in.eofficemonitor.streamjobs.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packed set finds exactly the ids put in: no prefix, no longer or shorter id matches. */
class EventIdSetTest {

    @Test
    void findsExactlyTheIdsAdded() {
        List<String> ids = new ArrayList<>(List.of("e-1", "e-10", "", "ई-७", "x".repeat(127), "y".repeat(128),
                "z".repeat(5_000)));
        byte[] set = null;
        for (String id : ids) {
            assertThat(EventIdSet.contains(set, EventIdSet.encode(id))).as("before adding %s", id).isFalse();
            set = EventIdSet.with(set, EventIdSet.encode(id));
        }
        for (String id : ids) {
            assertThat(EventIdSet.contains(set, EventIdSet.encode(id))).as(id).isTrue();
        }
        for (String other : List.of("e-", "e-100", "e-2", "x".repeat(126), "y".repeat(129), "z".repeat(4_999), "ई")) {
            assertThat(EventIdSet.contains(set, EventIdSet.encode(other))).as(other).isFalse();
        }
    }
}
