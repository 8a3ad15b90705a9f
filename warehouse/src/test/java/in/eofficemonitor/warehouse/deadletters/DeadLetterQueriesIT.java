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
                new DeadLetterCount("FUTURE_TS", 1), new DeadLetterCount("LINE_TOO_LONG", 1),
                new DeadLetterCount("NOT_AT_DESK", 1));
    }

    @Test
    void theLatestRawLinesPerReason() {
        assertThat(deadLetters.samples(1)).extracting(DeadLetterSample::reason, DeadLetterSample::sourcePosition,
                        DeadLetterSample::rawLine)
                .contains(
                        tuple("NOT_AT_DESK", "file:events.jsonl:12",
                                "{\"event_id\":\"e-12\",\"type\":\"FORWARDED\",\"from_desk\":\"KNP-COLL-OS-01\"}"),
                        tuple("NOT_JSON", "file:events.jsonl:9", "garbage, with a comma"));
    }

    @Test
    void aLongRawLineIsShownCutWithItsFullSizeStated() {
        DeadLetterSample tooLong = deadLetters.samples(1).stream().filter(s -> s.reason().equals("LINE_TOO_LONG"))
                .findFirst().orElseThrow();
        assertThat(tooLong.rawLine()).hasSize(DeadLetterQueries.SHOWN_CHARS).startsWith("{\"event_id\":\"xxx");
        assertThat(tooLong.rawBytes()).isEqualTo(4096);
        assertThat(tooLong.rawShown()).endsWith("… (4096 bytes in all)");
    }

    @Test
    void eventsFromAWrongClockNameTheirOffice() {
        DeadLetterSample future = deadLetters.samples(1).stream().filter(s -> s.reason().equals("FUTURE_TS"))
                .findFirst().orElseThrow();
        assertThat(future.officeId()).isEqualTo("LKO-COLL");
        assertThat(future.rawShown()).isEqualTo(future.rawLine());
        assertThat(deadLetters.futureByOffice()).containsExactly(new DeadLetterQueries.OfficeCount("LKO-COLL", 1));
    }
}
