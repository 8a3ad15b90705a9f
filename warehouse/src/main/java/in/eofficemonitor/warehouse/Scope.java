package in.eofficemonitor.warehouse;

import java.util.Objects;

/**
 * What part of the state a question is about: the whole state, one district, or one office. A Collector's
 * views and mails are scoped to their district, a head of office's to their office (DESIGN §6). Queries take
 * the scope as the parameters {@code district} and {@code office} (empty = no restriction), never spliced.
 */
public record Scope(Kind kind, String id) {

    public enum Kind {
        STATE,
        DISTRICT,
        OFFICE
    }

    public Scope {
        Objects.requireNonNull(kind, "kind");
        id = id == null ? "" : id;
        if (kind != Kind.STATE && id.isBlank()) {
            throw new IllegalArgumentException("A " + kind.name().toLowerCase() + " scope needs an id");
        }
        if (kind == Kind.STATE && !id.isEmpty()) {
            throw new IllegalArgumentException("The state scope has no id");
        }
    }

    public static Scope state() {
        return new Scope(Kind.STATE, "");
    }

    public static Scope district(String district) {
        return new Scope(Kind.DISTRICT, district);
    }

    public static Scope office(String officeId) {
        return new Scope(Kind.OFFICE, officeId);
    }

    /** Adds {@code district} and {@code office} to the parameters of a scoped query. */
    public SqlParams addTo(SqlParams params) {
        return params.and("district", kind == Kind.DISTRICT ? id : "").and("office", kind == Kind.OFFICE ? id : "");
    }
}
