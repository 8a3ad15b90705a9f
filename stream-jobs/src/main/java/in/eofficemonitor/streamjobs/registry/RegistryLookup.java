package in.eofficemonitor.streamjobs.registry;

import in.eofficemonitor.warehouse.registry.Desk;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The part of the office registry the jobs need while applying events: which office a desk belongs to and
 * which category (hence calendar and stuck thresholds) an office has. Loaded once at job start and shipped
 * with the job; ids it does not know are still accepted ("unregistered", DESIGN §3).
 */
public final class RegistryLookup implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Offices the registry does not list are treated as field offices (6-day week), the commonest kind. */
    public static final OfficeCategory UNREGISTERED_CATEGORY = OfficeCategory.DISTRICT_OFFICE;

    private final HashMap<String, String> officeOfDesk;
    private final HashMap<String, OfficeCategory> categoryOfOffice;

    private RegistryLookup(HashMap<String, String> officeOfDesk, HashMap<String, OfficeCategory> categoryOfOffice) {
        this.officeOfDesk = officeOfDesk;
        this.categoryOfOffice = categoryOfOffice;
    }

    public static RegistryLookup of(Collection<Office> offices, Collection<Desk> desks) {
        HashMap<String, String> deskOffice = new HashMap<>();
        for (Desk d : desks) {
            deskOffice.put(d.deskId(), d.officeId());
        }
        HashMap<String, OfficeCategory> categories = new HashMap<>();
        for (Office o : offices) {
            categories.put(o.officeId(), o.category());
        }
        return new RegistryLookup(deskOffice, categories);
    }

    public static RegistryLookup of(Map<String, String> officeOfDesk, Map<String, OfficeCategory> categoryOfOffice) {
        return new RegistryLookup(new HashMap<>(officeOfDesk), new HashMap<>(categoryOfOffice));
    }

    public static RegistryLookup empty() {
        return new RegistryLookup(new HashMap<>(), new HashMap<>());
    }

    /** The office of a registered desk, else the office the event named. */
    public String officeOf(String deskId, String eventOfficeId) {
        String office = officeOfDesk.get(deskId);
        return office != null ? office : eventOfficeId;
    }

    public OfficeCategory categoryOf(String officeId) {
        OfficeCategory c = categoryOfOffice.get(officeId);
        return c != null ? c : UNREGISTERED_CATEGORY;
    }
}
