package in.eofficemonitor.warehouse.health;

import java.util.List;

/** The unregistered ids: how many of each kind, and the most recently seen of them. */
public record UnregisteredIds(long officeCount, List<UnregisteredId> offices, long deskCount, List<UnregisteredId> desks) {

    public UnregisteredIds {
        offices = List.copyOf(offices);
        desks = List.copyOf(desks);
    }
}
