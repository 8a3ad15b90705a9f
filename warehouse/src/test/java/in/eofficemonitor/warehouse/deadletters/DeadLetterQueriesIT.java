package in.eofficemonitor.warehouse.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.eofficemonitor.warehouse.fixtures.UpFixtures;
import org.junit.jupiter.api.Test;

class DeadLetterQueriesIT {

    private final DeadLetterQueries deadLetters = new DeadLetterQueries(UpFixtures.warehouse());

    @Test
    void countsPerReasonMostFrequentFirst() {
        assertThat(deadLetters.countsByReason()).containsExactly(new DeadLetterCount("NOT_JSON", 2),
                new DeadLetterCount("NOT_AT_DESK", 1));
    }

    @Test
    void theLatestRawLinesPerReason() {
        assertThat(deadLetters.samples(1)).extracting(DeadLetterSample::reason, DeadLetterSample::sourcePosition,
                        DeadLetterSample::rawLine)
                .containsExactly(
                        tuple("NOT_AT_DESK", "file:events.jsonl:12",
                                "{\"event_id\":\"e-12\",\"type\":\"FORWARDED\",\"from_desk\":\"KNP-COLL-OS-01\"}"),
                        tuple("NOT_JSON", "file:events.jsonl:9", "garbage, with a comma"));
    }
}
