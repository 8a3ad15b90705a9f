package in.eofficemonitor.warehouse.pendency;

import in.eofficemonitor.warehouse.GroupNames;
import in.eofficemonitor.warehouse.Row;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pendency (DESIGN §3): what is lying at each desk at a time, with its age, summed to office, district and
 * category; and its trend. The numbers every view, e-mail and report show.
 */
public final class PendencyQueries {

    /** The days before the as-of time over which {@link DeskFlow} counts what a desk cleared. */
    public static final int CLEARED_DAYS = 7;

    private final Warehouse warehouse;

    public PendencyQueries(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Pendency as of {@code asOf} (events with ts ≤ asOf), per group, the largest first. */
    public List<PendencyRow> asOf(Instant asOf, PendencyLevel level, Scope scope) {
        SqlParams params = scope.addTo(SqlParams.of("as_of", asOf).and("level", level.key()));
        return warehouse.query("pendency/as_of", params, row -> pendencyRow(row, level));
    }

    /** A row of pendency/as_of, or the pendency columns of pendency/desks (level DESK). */
    private static PendencyRow pendencyRow(Row row, PendencyLevel level) {
        String id = row.string("id");
        boolean registered = row.intValue("registered") == 1;
        GroupNames.Name name = GroupNames.of(level.key(), id, registered, row.string("name"), row.string("name_hi"));
        String officeId = switch (level) {
            case DESK, OFFICE -> row.string("office_id");
            case DISTRICT, CATEGORY -> "";
        };
        return new PendencyRow(level, id, registered, officeId, name.en(), name.hi(),
                row.longValue("files"), row.longValue("receipts"),
                new AgeBuckets(row.longValue("age_0_7"), row.longValue("age_8_15"), row.longValue("age_16_30"),
                        row.longValue("age_31_90"), row.longValue("age_91_180"), row.longValue("age_over_180")));
    }

    /**
     * Every desk with something pending as of {@code asOf}: its pendency (as {@link #asOf} at desk level gives it) and
     * its flow (as {@link #deskFlow} gives it), in one pass over the stays; the most pending first.
     */
    public List<DeskPendency> desks(Instant asOf, Scope scope) {
        SqlParams params = scope.addTo(SqlParams.of("as_of", asOf).and("cleared_days", CLEARED_DAYS));
        return warehouse.query("pendency/desks", params, row -> {
            PendencyRow pendency = pendencyRow(row, PendencyLevel.DESK);
            DeskFlow flow = new DeskFlow(pendency.officeId(), pendency.id(),
                    Optional.of(row.instant("oldest_arrived_at")),
                    Optional.of(Duration.ofMillis(Math.round(row.doubleValue("median_dwell_ms")))),
                    row.longValue("files_cleared"), row.longValue("receipts_cleared"));
            return new DeskPendency(pendency, flow);
        });
    }

    /**
     * Per desk of the scope as of {@code asOf}: the oldest pending item, the median dwell of the pending items, and
     * the files and receipts that left the desk in the {@value #CLEARED_DAYS} days before (FORWARDED, RETURNED or
     * CLOSED from it). Desks with nothing pending and nothing cleared are absent; by office and desk id.
     */
    public List<DeskFlow> deskFlow(Instant asOf, Scope scope) {
        SqlParams params = scope.addTo(SqlParams.of("as_of", asOf).and("cleared_days", CLEARED_DAYS));
        return warehouse.query("pendency/desk_flow", params, row -> new DeskFlow(
                row.string("office_id"),
                row.string("desk_id"),
                Optional.ofNullable(row.instant("oldest_arrived_at")),
                row.isNull("median_dwell_ms") ? Optional.empty()
                        : Optional.of(Duration.ofMillis(Math.round(row.doubleValue("median_dwell_ms")))),
                row.longValue("files_cleared"),
                row.longValue("receipts_cleared")));
    }

    /**
     * Pendency at the end of {@code from}, {@code from + stepDays}, … up to {@code to} (7 for a weekly trend).
     * Every day of the series is present, with zeros where nothing was pending.
     */
    public List<PendencyPoint> trend(LocalDate from, LocalDate to, int stepDays, Scope scope) {
        if (stepDays < 1) {
            throw new IllegalArgumentException("stepDays must be at least 1");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The trend ends (" + to + ") before it starts (" + from + ")");
        }
        SqlParams params = scope.addTo(SqlParams.of("from", from).and("to", to).and("step_days", stepDays));
        Map<LocalDate, PendencyPoint> found = warehouse.query("pendency/trend", params,
                        row -> new PendencyPoint(row.date("day"), row.longValue("files"), row.longValue("receipts")))
                .stream().collect(Collectors.toMap(PendencyPoint::day, Function.identity()));
        List<PendencyPoint> series = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(stepDays)) {
            series.add(found.getOrDefault(day, new PendencyPoint(day, 0, 0)));
        }
        return series;
    }
}
