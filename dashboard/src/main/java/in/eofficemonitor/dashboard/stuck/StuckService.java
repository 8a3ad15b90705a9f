package in.eofficemonitor.dashboard.stuck;

import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.system.DashboardProperties;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import in.eofficemonitor.warehouse.stuck.StuckFilter;
import in.eofficemonitor.warehouse.stuck.StuckItem;
import in.eofficemonitor.warehouse.stuck.StuckQueries;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** Stuck files of the user's scope, with optional priority and kind filters, and their CSV export. */
@Service
public class StuckService {

    static final String CSV_HEADER = "file_id,kind,priority,office_id,desk_id,arrived_at,dwell_days";

    private final CurrentUser user;
    private final StuckQueries stuck;
    private final boolean calendarDays;

    public StuckService(CurrentUser user, StuckQueries stuck, DashboardProperties properties) {
        this.user = user;
        this.stuck = stuck;
        this.calendarDays = properties.calendarDays();
    }

    public List<StuckItem> stuck(Instant asOf, Priority priority, ItemKind kind) {
        return stuck.asOf(asOf, calendarDays, new StuckFilter(user.scope(), null, priority, kind));
    }

    /** Exactly the rows given (what is on screen), in the report command's columns. */
    public static byte[] csv(List<StuckItem> rows) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (StuckItem s : rows) {
            out.append(quote(s.fileId())).append(',').append(s.kind()).append(',').append(s.priority()).append(',')
                    .append(quote(s.officeId())).append(',').append(quote(s.deskId())).append(',')
                    .append(s.arrivedAt()).append(',').append(s.dwellDays()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
