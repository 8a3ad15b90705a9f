package in.eofficemonitor.alerts.recipients;

import java.util.Objects;

/**
 * The part of the state a user may see. {@code value} is empty for STATE, the district name for
 * DISTRICT (as in the registry's {@code district} column), the {@code office_id} for OFFICE and POLICE.
 */
public record Scope(Role role, String value) {

    public static final Scope STATE = new Scope(Role.STATE, "");

    public Scope {
        Objects.requireNonNull(role, "role");
        value = value == null ? "" : value.trim();
        if (role == Role.STATE && !value.isEmpty()) {
            throw new IllegalArgumentException("a STATE scope names no district or office, got '" + value + "'");
        }
        if (role != Role.STATE && value.isEmpty()) {
            throw new IllegalArgumentException("a " + role + " scope needs a " + (role == Role.DISTRICT ? "district" : "office id"));
        }
    }

    public static Scope district(String district) {
        return new Scope(Role.DISTRICT, district);
    }

    public static Scope office(String officeId) {
        return new Scope(Role.OFFICE, officeId);
    }

    /** True for the scopes whose reports are about one office (heads of office, police units). */
    public boolean isOffice() {
        return role == Role.OFFICE || role == Role.POLICE;
    }

    @Override
    public String toString() {
        return role == Role.STATE ? "STATE" : role + ":" + value;
    }
}
