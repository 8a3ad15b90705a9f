package in.eofficemonitor.warehouse.kpis;

import in.eofficemonitor.warehouse.GroupNames;
import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        List<Counted> counted = warehouse.query("kpis/by_level", params, r -> {
            String id = r.string("id");
            boolean registered = r.intValue("registered") == 1;
            GroupNames.Name name = GroupNames.of(level.key(), id, registered, r.string("name"), r.string("name_hi"));
            return new Counted(new KpiRow(level, id, registered, name.en(), name.hi(), r.longValue("created"),
                    r.longValue("forwarded"), r.longValue("closed"), r.longValue("opened"),
                    r.longValue("files_created"), r.longValue("receipts_created"), r.longValue("closed_files"),
                    r.longValue("levels_sum"), r.longValue("over_4_levels"), r.longValue("idle_desks")),
                    r.longValue("closes_to_recount"));
        });
        if (counted.stream().noneMatch(c -> c.closesToRecount() > 0)) {
            return counted.stream().map(Counted::row).toList();
        }
        // Some close has no row in file_closes (its levels come from the file's stays), or a file was closed twice in
        // one millisecond (one close, the larger levels): a second query counts every close of the period again
        // (rare, and only then paid for).
        Map<String, ClosedFileLevels> levels = warehouse.query("kpis/closed_file_levels", params,
                        r -> new ClosedFileLevels(groupKey(r.string("id"), r.intValue("registered") == 1),
                                r.longValue("closed_files"), r.longValue("levels_sum"), r.longValue("over_4_levels")))
                .stream().collect(Collectors.toMap(ClosedFileLevels::group, Function.identity()));
        return counted.stream().map(c -> c.withLevels(levels.get(groupKey(c.row().id(), c.row().registered()))))
                .toList();
    }

    /** A row of kpis/by_level and how many of its closes it could not count alone. */
    private record Counted(KpiRow row, long closesToRecount) {

        KpiRow withLevels(ClosedFileLevels l) {
            KpiRow r = row;
            return new KpiRow(r.level(), r.id(), r.registered(), r.name(), r.nameHi(), r.created(), r.forwarded(),
                    r.closed(), r.opened(), r.filesCreated(), r.receiptsCreated(), l == null ? 0 : l.closedFiles(),
                    l == null ? 0 : l.levelsSum(), l == null ? 0 : l.overFourLevels(), r.idleDesks());
        }
    }

    /** A row of kpis/closed_file_levels. */
    private record ClosedFileLevels(String group, long closedFiles, long levelsSum, long overFourLevels) {}

    /** by_level groups by id and, for districts and categories, by registered too (unregistered offices: id ''). */
    private static String groupKey(String id, boolean registered) {
        return (registered ? "1:" : "0:") + id;
    }

    /**
     * The idle desks counted in {@link KpiRow#idleDesks()} for a period ending on {@code to}, one by one (by office
     * and desk id), at most {@code limit} of them.
     */
    public List<IdleDesk> idleDesks(LocalDate to, Scope scope, int limit) {
        SqlParams params = scope.addTo(SqlParams.of("to", to).and("limit", limit));
        return warehouse.query("kpis/idle_desks", params, r -> new IdleDesk(r.string("desk_id"), r.string("office_id"),
                r.string("designation"), r.string("designation_hi"), r.string("holder_name"), r.string("office_name"),
                r.string("office_name_hi"), Optional.ofNullable(r.instant("last_action"))));
    }

    /**
     * e-Files and e-receipts created in each of the {@code weeks} weeks (Monday to Sunday, India time) up to the
     * week of {@code to}, the last one counted up to the end of {@code to}; every week present, zeros included.
     *
     * @param onlyCategory offices of one category only (the police headquarters' scope), or any
     */
    public List<WeeklyCreated> createdPerWeek(LocalDate to, int weeks, Scope scope,
            Optional<OfficeCategory> onlyCategory) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1, was " + weeks);
        }
        LocalDate firstMonday = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1);
        SqlParams params = scope.addTo(SqlParams.of("from", firstMonday).and("to", to)
                .and("category", onlyCategory.map(Enum::name).orElse("")));
        Map<LocalDate, WeeklyCreated> found = warehouse.query("kpis/created_per_week", params,
                        r -> new WeeklyCreated(r.date("week"), r.longValue("files"), r.longValue("receipts")))
                .stream().collect(Collectors.toMap(WeeklyCreated::monday, Function.identity()));
        List<WeeklyCreated> series = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate monday = firstMonday.plusWeeks(i);
            series.add(found.getOrDefault(monday, new WeeklyCreated(monday, 0, 0)));
        }
        return series;
    }
}
