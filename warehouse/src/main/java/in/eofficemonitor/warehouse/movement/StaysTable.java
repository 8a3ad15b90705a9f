package in.eofficemonitor.warehouse.movement;

import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import java.time.Instant;

/**
 * Which table of stays answers a question about time T: {@code desk_visits}, every stay ever, or
 * {@code open_stays}, the stays still open (migration V015, docs/decisions/013-open-stays.md).
 *
 * <p>An item is at a desk at T when its stay there began by T and had not ended by T. When no accepted event is
 * later than T, no stay has ended after T, so the stays open at T are exactly the stays open now: the small
 * table gives the same answer as the whole history. For an earlier T only the history has it.
 */
public enum StaysTable {
    ALL_STAYS("desk_visits"),
    OPEN_STAYS("open_stays");

    private final String table;

    StaysTable(String table) {
        this.table = table;
    }

    /** The table name, passed to the queries as an {@code {stays:Identifier}} parameter. */
    public String table() {
        return table;
    }

    /** The smallest table that answers exactly for {@code asOf}. */
    public static StaysTable answering(Warehouse warehouse, Instant asOf) {
        Instant latest = warehouse.query("stays/latest_event", SqlParams.none(), r -> r.instant("latest"))
                .stream().findFirst().orElse(Instant.EPOCH);
        return asOf.isBefore(latest) ? ALL_STAYS : OPEN_STAYS;
    }

    /** Adds the {@code stays} parameter. */
    public SqlParams addTo(SqlParams params) {
        return params.and("stays", table);
    }
}
