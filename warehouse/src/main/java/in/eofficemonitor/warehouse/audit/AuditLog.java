package in.eofficemonitor.warehouse.audit;

import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.SqlResources;
import in.eofficemonitor.warehouse.Warehouse;
import java.sql.Types;
import java.util.List;
import java.util.OptionalLong;

/**
 * The audit trail in the warehouse ({@code audit_log}, migration V087): appended in batches, read back by time
 * range, user and action. Entries are never changed or removed here.
 */
public final class AuditLog {

    private final Warehouse warehouse;

    public AuditLog(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Writes the entries in one request (nothing for an empty list). */
    public void append(List<AuditEntry> entries) {
        warehouse.insertBatch(SqlResources.load("audit/append"), entries, (st, e) -> {
            st.setObject(1, e.at());
            st.setString(2, e.user());
            st.setString(3, e.action());
            st.setString(4, e.role());
            st.setString(5, e.scope());
            st.setString(6, e.view());
            if (e.rows().isPresent()) {
                st.setLong(7, e.rows().getAsLong());
            } else {
                st.setNull(7, Types.BIGINT);
            }
            st.setString(8, e.detail());
            st.setString(9, e.address());
        });
    }

    /** At most {@code limit} entries of the filter, newest first, with the number of every matching entry. */
    public AuditPage search(AuditFilter filter, int limit) {
        long[] total = {0};
        List<AuditEntry> entries = warehouse.query("audit/search", SqlParams.of("from", filter.from())
                .and("to", filter.to()).and("user", filter.user()).and("action", filter.action()).and("limit", limit),
                r -> {
                    total[0] = r.longValue("total");
                    return new AuditEntry(r.instant("at"), r.string("user_name"), r.string("action"), r.string("role"),
                            r.string("scope"), r.string("view"),
                            r.isNull("rows") ? OptionalLong.empty() : OptionalLong.of(r.longValue("rows")),
                            r.string("detail"), r.string("address"));
                });
        return new AuditPage(entries, total[0]);
    }

    /** The actions written so far, in alphabetical order. */
    public List<String> actions() {
        return warehouse.query("audit/actions", SqlParams.none(), r -> r.string("action"));
    }
}
