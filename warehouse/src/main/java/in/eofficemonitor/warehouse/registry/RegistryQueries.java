package in.eofficemonitor.warehouse.registry;

import in.eofficemonitor.warehouse.Row;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import java.util.List;
import java.util.Optional;

/**
 * The office registry as loaded into the warehouse: offices and desks with their English and Hindi names, and
 * the districts — for scope pickers, role scoping and labels next to the ids other queries return.
 */
public final class RegistryQueries {

    private final Warehouse warehouse;

    public RegistryQueries(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The offices in a scope (all of them for the state), by id. */
    public List<Office> offices(Scope scope) {
        return warehouse.query("registry/offices", scope.addTo(SqlParams.none()), RegistryQueries::office);
    }

    public Optional<Office> office(String officeId) {
        return warehouse.queryOne("registry/offices", Scope.office(officeId).addTo(SqlParams.none()),
                RegistryQueries::office);
    }

    /** The desks in a scope, by office and desk id. */
    public List<Desk> desks(Scope scope) {
        return warehouse.query("registry/desks", scope.addTo(SqlParams.none()), RegistryQueries::desk);
    }

    /** One desk by id, if the registry knows it. */
    public Optional<Desk> desk(String deskId) {
        return warehouse.queryOne("registry/desk", SqlParams.of("desk", deskId), RegistryQueries::desk);
    }

    /** The districts that have registered offices, alphabetically. */
    public List<String> districts() {
        return warehouse.query("registry/districts", SqlParams.none(), r -> r.string("district"));
    }

    private static Desk desk(Row r) {
        return new Desk(r.string("desk_id"), r.string("office_id"), r.string("designation"), r.string("designation_hi"),
                r.string("holder_name"));
    }

    private static Office office(Row r) {
        return new Office(r.string("office_id"), r.string("name"), r.string("name_hi"),
                r.enumValue("category", OfficeCategory.class), r.string("district"), r.string("division"),
                r.string("parent_office_id"), r.enumValue("rollout_stage", RolloutStage.class), r.date("stage_since"));
    }
}
