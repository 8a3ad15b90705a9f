package in.eofficemonitor.dashboard.security;

import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.dashboard.registry.OfficeInfo;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.registry.OfficeCategory;

/**
 * What a logged-in user may see, decided on the server: STATE everything, DISTRICT the offices of one district,
 * OFFICE one office, POLICE every police unit (the police headquarters). Every query of every view starts from
 * {@link #warehouseScope()}, and rows about offices are checked with {@link #allows(OfficeInfo)}.
 */
public record UserScope(Role role, String value) {

    public static UserScope of(in.eofficemonitor.alerts.recipients.Scope scope) {
        return new UserScope(scope.role(), scope.value());
    }

    public static UserScope state() {
        return new UserScope(Role.STATE, "");
    }

    /**
     * The warehouse scope of the user's queries. The warehouse scopes by district or office; police units are a
     * category spread over every district, so POLICE queries the state and keeps police units ({@link #allows}).
     */
    public Scope warehouseScope() {
        return switch (role) {
            case STATE, POLICE -> Scope.state();
            case DISTRICT -> Scope.district(value);
            case OFFICE -> Scope.office(value);
        };
    }

    /** Whether rows of this office may be shown to the user. An office missing from the registry: STATE only. */
    public boolean allows(OfficeInfo office) {
        if (office == null) {
            return role == Role.STATE;
        }
        return switch (role) {
            case STATE -> true;
            case DISTRICT -> value.equals(office.district());
            case OFFICE -> value.equals(office.officeId());
            case POLICE -> office.category() == OfficeCategory.POLICE_UNIT;
        };
    }

    /** Whether the user may narrow a view to this district (POLICE may: it still sees only police units). */
    public boolean allowsDistrict(String district) {
        return switch (role) {
            case STATE, POLICE -> true;
            case DISTRICT -> value.equals(district);
            case OFFICE -> false;
        };
    }

    /** True when rows must be filtered by office after the query (the warehouse scope is wider than the user's). */
    public boolean filtersByOffice() {
        return role == Role.POLICE;
    }
}
