package in.eofficemonitor.streamjobs.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.io.IOException;
import java.time.Instant;

/**
 * The one parser and field validator for file-movement event lines (DESIGN §3, docs/input-format.md). Every
 * reader of events — the stream jobs, the import command, the simulator's tests — goes through
 * {@link #parse(String)}, so a line means the same everywhere.
 *
 * <p>Rules, checked in this order; the first broken rule is the reported reason:
 *
 * <ol>
 *   <li>The line is one JSON object and nothing else; no field appears twice ({@code NOT_JSON}).
 *   <li>{@code event_id, ts, type, kind, file_id, office_id, priority} are present, strings, and not blank
 *       ({@code MISSING_FIELD}).
 *   <li>{@code type} is CREATED, FORWARDED, RETURNED, CLOSED or REOPENED, exactly so spelled
 *       ({@code UNKNOWN_TYPE}); {@code kind} is FILE or RECEIPT ({@code UNKNOWN_KIND}); {@code priority} is
 *       NORMAL, IMMEDIATE or MOST_IMMEDIATE ({@code UNKNOWN_PRIORITY}).
 *   <li>{@code ts} is ISO-8601 with an offset ({@code BAD_TIMESTAMP}).
 *   <li>The desks the type needs are present and not blank ({@code MISSING_FIELD}): CREATED and REOPENED
 *       {@code to_desk}; FORWARDED and RETURNED {@code from_desk} and {@code to_desk}; CLOSED {@code from_desk}.
 * </ol>
 *
 * <p>A desk the type does not use is dropped (the event carries an empty string there, as
 * {@link MovementEvent} documents). {@code subject} is optional (empty when absent). Fields the contract does
 * not name are ignored, so an exporter may add its own. A value of the wrong JSON type (a number where a
 * string is expected) counts as that field missing, or as an unknown value / bad timestamp for the fields
 * that have their own reason.
 *
 * <p>Stateless and thread-safe: the static {@link JsonFactory} is never serialized, so a Flink function may
 * hold an instance or call the static method.
 */
public final class EventLineParser implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The always-required fields, in the order they are reported when several are missing. */
    static final String[] ALWAYS_REQUIRED = {"event_id", "ts", "type", "kind", "file_id", "office_id", "priority"};

    /** Parses one line (without its line terminator). Never throws for bad input. */
    public static ParseResult parse(String rawLine) {
        if (rawLine == null || rawLine.isBlank()) {
            return new ParseResult.Rejected(RejectionReason.NOT_JSON, "the line is empty", rawLine == null ? "" : rawLine);
        }
        Fields f = new Fields();
        try (JsonParser p = JSON.createParser(rawLine)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new ParseResult.Rejected(RejectionReason.NOT_JSON, "the line is not a JSON object", rawLine);
            }
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                    f.set(name, null, true);
                } else if (value == JsonToken.VALUE_STRING) {
                    f.set(name, p.getText(), false);
                } else if (value == JsonToken.VALUE_NULL) {
                    f.set(name, null, false);
                } else {
                    f.set(name, null, true);
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                return new ParseResult.Rejected(RejectionReason.NOT_JSON, "the JSON object is not closed", rawLine);
            }
            if (p.nextToken() != null) {
                return new ParseResult.Rejected(
                        RejectionReason.NOT_JSON, "there is more after the JSON object (one event per line)", rawLine);
            }
        } catch (JsonProcessingException e) {
            return new ParseResult.Rejected(RejectionReason.NOT_JSON, "not valid JSON: " + e.getOriginalMessage(), rawLine);
        } catch (IOException e) {
            return new ParseResult.Rejected(RejectionReason.NOT_JSON, "not valid JSON: " + e.getMessage(), rawLine);
        }
        return validate(f, rawLine);
    }

    private static ParseResult validate(Fields f, String rawLine) {
        if (blank(f.eventId)) return missing("event_id", f.eventIdWrongType, rawLine);
        if (blank(f.ts) && !f.tsWrongType) return missing("ts", false, rawLine);
        if (blank(f.type) && !f.typeWrongType) return missing("type", false, rawLine);
        if (blank(f.kind) && !f.kindWrongType) return missing("kind", false, rawLine);
        if (blank(f.fileId)) return missing("file_id", f.fileIdWrongType, rawLine);
        if (blank(f.officeId)) return missing("office_id", f.officeIdWrongType, rawLine);
        if (blank(f.priority) && !f.priorityWrongType) return missing("priority", false, rawLine);

        EventType type = f.typeWrongType ? null : eventType(f.type);
        if (type == null) {
            return new ParseResult.Rejected(RejectionReason.UNKNOWN_TYPE, "type " + shown(f.type, f.typeWrongType)
                    + " is not one of CREATED, FORWARDED, RETURNED, CLOSED, REOPENED", rawLine);
        }
        ItemKind kind = f.kindWrongType ? null : itemKind(f.kind);
        if (kind == null) {
            return new ParseResult.Rejected(RejectionReason.UNKNOWN_KIND,
                    "kind " + shown(f.kind, f.kindWrongType) + " is not one of FILE, RECEIPT", rawLine);
        }
        Priority priority = f.priorityWrongType ? null : priority(f.priority);
        if (priority == null) {
            return new ParseResult.Rejected(RejectionReason.UNKNOWN_PRIORITY, "priority "
                    + shown(f.priority, f.priorityWrongType) + " is not one of NORMAL, IMMEDIATE, MOST_IMMEDIATE", rawLine);
        }
        Instant ts = f.tsWrongType ? null : EventTimestamps.parseOrNull(f.ts);
        if (ts == null) {
            return new ParseResult.Rejected(RejectionReason.BAD_TIMESTAMP, "ts " + shown(f.ts, f.tsWrongType)
                    + " is not ISO-8601 with an offset (e.g. 2026-11-20T10:15:00+05:30 or 2026-11-20T04:45:00Z)", rawLine);
        }
        boolean needsFrom = type == EventType.FORWARDED || type == EventType.RETURNED || type == EventType.CLOSED;
        boolean needsTo = type != EventType.CLOSED;
        if (needsFrom && blank(f.fromDesk)) {
            return new ParseResult.Rejected(RejectionReason.MISSING_FIELD,
                    "from_desk is required for " + type + (f.fromDeskWrongType ? " and must be a string" : ""), rawLine);
        }
        if (needsTo && blank(f.toDesk)) {
            return new ParseResult.Rejected(RejectionReason.MISSING_FIELD,
                    "to_desk is required for " + type + (f.toDeskWrongType ? " and must be a string" : ""), rawLine);
        }
        return new ParseResult.Accepted(new MovementEvent(
                f.eventId,
                ts,
                type,
                kind,
                f.fileId,
                f.officeId,
                needsFrom ? f.fromDesk : "",
                needsTo ? f.toDesk : "",
                priority,
                f.subject == null ? "" : f.subject));
    }

    private static ParseResult missing(String field, boolean wrongType, String rawLine) {
        return new ParseResult.Rejected(RejectionReason.MISSING_FIELD,
                wrongType ? field + " must be a string" : field + " is missing or empty", rawLine);
    }

    private static String shown(String value, boolean wrongType) {
        return wrongType ? "(not a string)" : "\"" + value + "\"";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static EventType eventType(String s) {
        return switch (s) {
            case "CREATED" -> EventType.CREATED;
            case "FORWARDED" -> EventType.FORWARDED;
            case "RETURNED" -> EventType.RETURNED;
            case "CLOSED" -> EventType.CLOSED;
            case "REOPENED" -> EventType.REOPENED;
            default -> null;
        };
    }

    static ItemKind itemKind(String s) {
        return switch (s) {
            case "FILE" -> ItemKind.FILE;
            case "RECEIPT" -> ItemKind.RECEIPT;
            default -> null;
        };
    }

    static Priority priority(String s) {
        return switch (s) {
            case "NORMAL" -> Priority.NORMAL;
            case "IMMEDIATE" -> Priority.IMMEDIATE;
            case "MOST_IMMEDIATE" -> Priority.MOST_IMMEDIATE;
            default -> null;
        };
    }

    /** The contract's fields of one line as read; wrongType marks a value that was not a string or null. */
    private static final class Fields {
        String eventId, ts, type, kind, fileId, officeId, fromDesk, toDesk, priority, subject;
        boolean eventIdWrongType, tsWrongType, typeWrongType, kindWrongType, fileIdWrongType, officeIdWrongType,
                fromDeskWrongType, toDeskWrongType, priorityWrongType;

        void set(String name, String value, boolean wrongType) {
            switch (name) {
                case "event_id" -> { eventId = value; eventIdWrongType = wrongType; }
                case "ts" -> { ts = value; tsWrongType = wrongType; }
                case "type" -> { type = value; typeWrongType = wrongType; }
                case "kind" -> { kind = value; kindWrongType = wrongType; }
                case "file_id" -> { fileId = value; fileIdWrongType = wrongType; }
                case "office_id" -> { officeId = value; officeIdWrongType = wrongType; }
                case "from_desk" -> { fromDesk = value; fromDeskWrongType = wrongType; }
                case "to_desk" -> { toDesk = value; toDeskWrongType = wrongType; }
                case "priority" -> { priority = value; priorityWrongType = wrongType; }
                case "subject" -> subject = wrongType ? null : value;
                default -> { } // fields outside the contract are ignored
            }
        }
    }
}
