package in.eofficemonitor.warehouse.kpis;

import in.eofficemonitor.warehouse.GroupNames;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures officials already track (DESIGN §3) for the days {@code from}..{@code to} (inclusive, Asia/Kolkata):
 * created, forwarded, closed, disposal rate, levels per closed file and the share over 4 levels, idle desks,
 * e-files vs e-receipts. Events count for the office named in the event.
 */
public final class KpiQueries {

    private final Warehouse warehouse;

    public KpiQueries(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public List<KpiRow> figures(LocalDate from, LocalDate to, KpiLevel level, Scope scope) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
        SqlParams params = scope.addTo(SqlParams.of("from", from).and("to", to).and("level", level.key()));
        return warehouse.query("kpis/by_level", params, r -> {
            String id = r.string("id");
            boolean registered = r.intValue("registered") == 1;
            GroupNames.Name name = GroupNames.of(level.key(), id, registered, r.string("name"), r.string("name_hi"));
            return new KpiRow(level, id, registered, name.en(), name.hi(), r.longValue("created"),
                    r.longValue("forwarded"), r.longValue("closed"), r.longValue("opened"),
                    r.longValue("files_created"), r.longValue("receipts_created"), r.longValue("closed_files"),
                    r.longValue("levels_sum"), r.longValue("over_4_levels"), r.longValue("idle_desks"));
        });
    }
}
