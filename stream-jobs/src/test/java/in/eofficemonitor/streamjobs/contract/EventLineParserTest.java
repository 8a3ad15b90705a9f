package in.eofficemonitor.streamjobs.contract;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventLineParserTest {

    static final String FORWARDED_IN_KANNAUJ = """
            {"event_id":"e-000001","ts":"2026-11-20T10:15:00+05:30","type":"FORWARDED","kind":"FILE",\
            "file_id":"UP/REV/2026/00123","office_id":"KNJ-COLL","from_desk":"KNJ-COLL-AG3-01",\
            "to_desk":"KNJ-COLL-OS-01","priority":"NORMAL","subject":"भूमि विवाद, ग्राम सरायमीरा"}""";

    private static MovementEvent accepted(String line) {
        ParseResult r = EventLineParser.parse(line);
        assertThat(r).isInstanceOf(ParseResult.Accepted.class);
        return ((ParseResult.Accepted) r).event();
    }

    private static ParseResult.Rejected rejected(String line) {
        ParseResult r = EventLineParser.parse(line);
        assertThat(r).isInstanceOf(ParseResult.Rejected.class);
        ParseResult.Rejected rej = (ParseResult.Rejected) r;
        assertThat(rej.rawLine()).isEqualTo(line);
        assertThat(rej.detail()).isNotBlank();
        return rej;
    }

    private static String forwardedWith(String field, String jsonValue) {
        return FORWARDED_IN_KANNAUJ.replaceFirst("\"" + field + "\":(\"[^\"]*\")", "\"" + field + "\":" + jsonValue);
    }

    @Test
    void forwardedLineOfTheDesignBecomesAnEvent() {
        MovementEvent e = accepted(FORWARDED_IN_KANNAUJ);
        assertThat(e).isEqualTo(new MovementEvent("e-000001", Instant.parse("2026-11-20T04:45:00Z"), EventType.FORWARDED,
                ItemKind.FILE, "UP/REV/2026/00123", "KNJ-COLL", "KNJ-COLL-AG3-01", "KNJ-COLL-OS-01", Priority.NORMAL,
                "भूमि विवाद, ग्राम सरायमीरा"));
    }

    @Test
    void timestampsWithAnyOffsetMeanTheSameInstant() {
        Instant expected = Instant.parse("2026-11-20T04:45:00Z");
        for (String ts : new String[] {"2026-11-20T10:15:00+05:30", "2026-11-20T04:45:00Z", "2026-11-20T04:45:00+00:00",
                "2026-11-20T04:45:00.000Z", "2026-11-19T23:45:00-05:00", "2026-11-20T10:15+05:30"}) {
            assertThat(accepted(forwardedWith("ts", "\"" + ts + "\"")).ts()).as(ts).isEqualTo(expected);
        }
        assertThat(accepted(forwardedWith("ts", "\"2026-11-20T10:15:00.250+05:30\"")).ts())
                .isEqualTo(Instant.parse("2026-11-20T04:45:00.250Z"));
    }

    @Test
    void timestampWithoutAnOffsetIsABadTimestamp() {
        assertThat(rejected(forwardedWith("ts", "\"2026-11-20T10:15:00\"")).reason()).isEqualTo(RejectionReason.BAD_TIMESTAMP);
        assertThat(rejected(forwardedWith("ts", "\"20-11-2026 10:15\"")).reason()).isEqualTo(RejectionReason.BAD_TIMESTAMP);
        assertThat(rejected(forwardedWith("ts", "\"2026-02-30T10:15:00+05:30\"")).reason())
                .as("30 February").isEqualTo(RejectionReason.BAD_TIMESTAMP);
        assertThat(rejected(forwardedWith("ts", "1763613900")).reason()).as("epoch number").isEqualTo(RejectionReason.BAD_TIMESTAMP);
    }

    @Test
    void brokenJsonIsNotJson() {
        assertThat(rejected("{\"event_id\":\"e-1\",").reason()).isEqualTo(RejectionReason.NOT_JSON);
        assertThat(rejected("event_id=e-1").reason()).isEqualTo(RejectionReason.NOT_JSON);
        assertThat(rejected("[1,2]").reason()).isEqualTo(RejectionReason.NOT_JSON);
        assertThat(rejected("").reason()).isEqualTo(RejectionReason.NOT_JSON);
        assertThat(rejected(FORWARDED_IN_KANNAUJ + FORWARDED_IN_KANNAUJ).reason())
                .as("two events on one line").isEqualTo(RejectionReason.NOT_JSON);
        assertThat(rejected(FORWARDED_IN_KANNAUJ.replace("}", ",\"type\":\"CLOSED\"}")).reason())
                .as("a field twice").isEqualTo(RejectionReason.NOT_JSON);
    }

    @Test
    void everyAlwaysRequiredFieldMissingOrEmptyIsNamed() {
        for (String field : EventLineParser.ALWAYS_REQUIRED) {
            String without = FORWARDED_IN_KANNAUJ.replaceFirst("\"" + field + "\":\"[^\"]*\",", "");
            ParseResult.Rejected r = rejected(without);
            assertThat(r.reason()).as(field).isEqualTo(RejectionReason.MISSING_FIELD);
            assertThat(r.detail()).contains(field);
            assertThat(rejected(forwardedWith(field, "\"\"")).reason()).as(field + " empty").isEqualTo(RejectionReason.MISSING_FIELD);
            assertThat(rejected(forwardedWith(field, "null")).reason()).as(field + " null").isEqualTo(RejectionReason.MISSING_FIELD);
        }
    }

    @Test
    void unknownValuesOfTheEnumeratedFieldsHaveTheirOwnReasons() {
        assertThat(rejected(forwardedWith("type", "\"MOVED\"")).reason()).isEqualTo(RejectionReason.UNKNOWN_TYPE);
        assertThat(rejected(forwardedWith("type", "\"forwarded\"")).reason()).as("case matters").isEqualTo(RejectionReason.UNKNOWN_TYPE);
        assertThat(rejected(forwardedWith("kind", "\"LETTER\"")).reason()).isEqualTo(RejectionReason.UNKNOWN_KIND);
        assertThat(rejected(forwardedWith("priority", "\"URGENT\"")).reason()).isEqualTo(RejectionReason.UNKNOWN_PRIORITY);
        assertThat(rejected(forwardedWith("priority", "3")).reason()).isEqualTo(RejectionReason.UNKNOWN_PRIORITY);
    }

    @Test
    void forwardedWithoutFromDeskIsMissingAField() {
        String line = FORWARDED_IN_KANNAUJ.replace("\"from_desk\":\"KNJ-COLL-AG3-01\",", "");
        ParseResult.Rejected r = rejected(line);
        assertThat(r.reason()).isEqualTo(RejectionReason.MISSING_FIELD);
        assertThat(r.detail()).contains("from_desk").contains("FORWARDED");
    }

    @Test
    void closedNeedsOnlyFromDeskAndDropsAToDesk() {
        MovementEvent e = accepted(forwardedWith("type", "\"CLOSED\""));
        assertThat(e.fromDesk()).isEqualTo("KNJ-COLL-AG3-01");
        assertThat(e.toDesk()).isEmpty();
        String closedWithoutFrom = forwardedWith("type", "\"CLOSED\"").replace("\"from_desk\":\"KNJ-COLL-AG3-01\",", "");
        assertThat(rejected(closedWithoutFrom).reason()).isEqualTo(RejectionReason.MISSING_FIELD);
    }

    @Test
    void createdAndReopenedNeedOnlyToDesk() {
        String created = """
                {"event_id":"e-2","ts":"2026-11-20T10:00:00+05:30","type":"CREATED","kind":"RECEIPT",\
                "file_id":"R/1","office_id":"KNJ-COLL","to_desk":"KNJ-COLL-AG3-01","priority":"IMMEDIATE"}""";
        MovementEvent e = accepted(created);
        assertThat(e.fromDesk()).isEmpty();
        assertThat(e.subject()).as("subject is optional").isEmpty();
        assertThat(accepted(created.replace("CREATED", "REOPENED")).toDesk()).isEqualTo("KNJ-COLL-AG3-01");
        assertThat(rejected(created.replace(",\"to_desk\":\"KNJ-COLL-AG3-01\"", "")).reason())
                .isEqualTo(RejectionReason.MISSING_FIELD);
    }

    @Test
    void fieldsOutsideTheContractAreIgnored() {
        String extended = FORWARDED_IN_KANNAUJ.replace("}", ",\"nic_remarks\":{\"a\":[1,2]},\"page_count\":12}");
        assertThat(accepted(extended)).isEqualTo(accepted(FORWARDED_IN_KANNAUJ));
    }

    @Test
    void missingFieldIsReportedBeforeAnUnknownValue() {
        String line = forwardedWith("type", "\"MOVED\"").replace("\"event_id\":\"e-000001\",", "");
        assertThat(rejected(line).reason()).isEqualTo(RejectionReason.MISSING_FIELD);
    }

    @Test
    void writerAndParserRoundTrip() {
        MovementEvent e = accepted(FORWARDED_IN_KANNAUJ.replace("भूमि विवाद", "a \\\"quoted\\\" \\\\ subject\\n"));
        assertThat(accepted(EventLineWriter.toLine(e))).isEqualTo(e);
        assertThat(EventLineWriter.toLine(e)).contains("\"ts\":\"2026-11-20T10:15:00+05:30\"");
    }
}
