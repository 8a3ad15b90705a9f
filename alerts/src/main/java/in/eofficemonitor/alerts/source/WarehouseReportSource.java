package in.eofficemonitor.alerts.source;

import in.eofficemonitor.alerts.format.ClickHouseArrays;
import in.eofficemonitor.alerts.mail.Messages;
import in.eofficemonitor.alerts.recipients.Language;
import in.eofficemonitor.alerts.recipients.Scope;
import in.eofficemonitor.warehouse.GroupNames;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.kpis.KpiLevel;
import in.eofficemonitor.warehouse.kpis.KpiQueries;
import in.eofficemonitor.warehouse.kpis.KpiRow;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyQueries;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import in.eofficemonitor.warehouse.rollout.RolloutQueries;
import in.eofficemonitor.warehouse.stuck.StuckFilter;
import in.eofficemonitor.warehouse.stuck.StuckItem;
import in.eofficemonitor.warehouse.stuck.StuckQueries;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@link ReportSource} of production: every number comes from the warehouse's read queries
 * ({@link PendencyQueries}, {@link StuckQueries}, {@link KpiQueries}, {@link RolloutQueries}) — the ones the
 * {@code report} command prints and the dashboard shows — with the same scope parameters. The alerts' own
 * queries ({@code sql/alerts}, {@code sql/digest}) only look up names, subjects and the digest's lists, which
 * no other view has.
 *
 * <p>"Files that became stuck since the last run" are the stuck items whose threshold was crossed in the run's
 * window and that are still stuck at its end: the same {@code desk_visits.stuck_at} instants at which the stream
 * jobs write their {@code stuck_transitions} BECAME_STUCK rows, read through the stuck query so the alert and the
 * stuck report agree; a file that became stuck and moved on within the window is not worth a mail.
 */
public final class WarehouseReportSource implements ReportSource {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final Duration REGISTRY_TTL = Duration.ofMinutes(5);
    private static final int LOOKUP_CHUNK = 500;

    record OfficeInfo(String officeId, String name, String nameHi, OfficeCategory category, String district, RolloutStage stage) {}

    private final Warehouse warehouse;
    private final PendencyQueries pendency;
    private final StuckQueries stuck;
    private final KpiQueries kpis;
    private final RolloutQueries rollout;
    private final boolean calendarDays;
    private final Clock clock;

    private Map<String, OfficeInfo> offices;
    private Instant officesLoadedAt;
    /** A load of one key: in flight while {@code loadedAt} is null. */
    private record Memo<T>(CompletableFuture<List<T>> items, Instant loadedAt) {}

    static final Duration MEMO_TTL = Duration.ofMinutes(10);
    private final Map<String, Memo<StuckItem>> stuckMemo = lru();
    private final Map<String, Memo<in.eofficemonitor.warehouse.pendency.PendencyRow>> deskMemo = lru();
    private final Map<String, Memo<KpiRow>> kpiMemo = lru();

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > 6;
            }
        };
    }

    public WarehouseReportSource(Warehouse warehouse, boolean calendarDays, Clock clock) {
        this.warehouse = warehouse;
        this.pendency = new PendencyQueries(warehouse);
        this.stuck = new StuckQueries(warehouse);
        this.kpis = new KpiQueries(warehouse);
        this.rollout = new RolloutQueries(warehouse);
        this.calendarDays = calendarDays;
        this.clock = clock;
    }

    static in.eofficemonitor.warehouse.Scope toWarehouse(Scope scope) {
        return switch (scope.role()) {
            case STATE -> in.eofficemonitor.warehouse.Scope.state();
            case DISTRICT -> in.eofficemonitor.warehouse.Scope.district(scope.value());
            case OFFICE, POLICE -> in.eofficemonitor.warehouse.Scope.office(scope.value());
        };
    }

    /**
     * Pendency of a scope, grouped. Read as the state's desk-level pendency (one query per as-of, shared by every
     * mail of a run) and summed per office, district or category with the registry, exactly as the
     * pendency query sums desks; the district of an office is the registry's, as in the query's scope filter.
     */
    @Override
    public List<PendencyRow> pendency(Scope scope, Instant asOf, Grouping by) {
        Map<String, OfficeInfo> registry = offices();
        Function<String, String> groupOfOffice = switch (by) {
            case DESK, OFFICE -> officeId -> officeId;
            case DISTRICT -> officeId -> {
                OfficeInfo o = registry.get(officeId);
                return o == null ? "" : o.district();
            };
            case CATEGORY -> officeId -> {
                OfficeInfo o = registry.get(officeId);
                return o == null ? "" : o.category().name();
            };
        };
        Map<String, Long> stuckPerKey = stuckItems(scope, asOf).stream().collect(Collectors.groupingBy(
                s -> by == Grouping.DESK ? s.deskId() : groupOfOffice.apply(s.officeId()), Collectors.counting()));
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String[]> names = new HashMap<>();
        for (in.eofficemonitor.warehouse.pendency.PendencyRow d : stateDesks(asOf)) {
            if (!inScope(scope, d.officeId(), registry)) {
                continue;
            }
            String key = by == Grouping.DESK ? d.id() : groupOfOffice.apply(d.officeId());
            long[] sum = sums.computeIfAbsent(key, k -> new long[8]);
            sum[0] += d.files();
            sum[1] += d.receipts();
            long[] ages = d.ages().asArray();
            for (int i = 0; i < 6; i++) {
                sum[2 + i] += ages[i];
            }
            names.computeIfAbsent(key, k -> name(by, k, d, registry));
        }
        List<PendencyRow> rows = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> rows.add(new PendencyRow(key, names.get(key)[0], names.get(key)[1], sum[0], sum[1],
                stuckPerKey.getOrDefault(key, 0L), Arrays.stream(sum, 2, 8).boxed().toList())));
        rows.sort(java.util.Comparator.comparingLong((PendencyRow r) -> r.files() + r.receipts()).reversed()
                .thenComparing(PendencyRow::key));
        return rows;
    }

    private static String[] name(Grouping by, String key, in.eofficemonitor.warehouse.pendency.PendencyRow desk,
                                 Map<String, OfficeInfo> registry) {
        GroupNames.Name n = switch (by) {
            case DESK -> new GroupNames.Name(desk.name(), desk.nameHi());
            case OFFICE -> {
                OfficeInfo o = registry.get(key);
                yield o == null ? GroupNames.UNREGISTERED_OFFICE : new GroupNames.Name(o.name(), o.nameHi());
            }
            case DISTRICT -> registry.get(desk.officeId()) == null ? GroupNames.UNREGISTERED_OFFICES
                    : key.isEmpty() ? GroupNames.STATE_LEVEL : new GroupNames.Name(key, key);
            case CATEGORY -> key.isEmpty() ? GroupNames.UNREGISTERED_OFFICES : GroupNames.category(OfficeCategory.valueOf(key));
        };
        return new String[] {n.en(), n.hi()};
    }

    /** Whether an office lies in a scope: the same rule as the queries' district / office parameters. */
    private static boolean inScope(Scope scope, String officeId, Map<String, OfficeInfo> registry) {
        return switch (scope.role()) {
            case STATE -> true;
            case DISTRICT -> {
                OfficeInfo o = registry.get(officeId);
                yield o != null && o.district().equals(scope.value());
            }
            case OFFICE, POLICE -> officeId.equals(scope.value());
        };
    }

    @Override
    public List<PendencyTotal> weeklyTrend(Scope scope, LocalDate firstMonday, LocalDate lastMonday) {
        // The trend query gives pendency at the end of each day: the end of Sunday is Monday 00:00 IST.
        return pendency.trend(firstMonday.minusDays(1), lastMonday.minusDays(1), 7, toWarehouse(scope)).stream()
                .map(p -> new PendencyTotal(p.day().plusDays(1), p.files(), p.receipts())).toList();
    }

    @Override
    public List<StuckFile> stuck(Scope scope, Instant asOf) {
        return toStuckFiles(stuckItems(scope, asOf), asOf);
    }

    @Override
    public List<StuckFile> becameStuck(Scope scope, Instant from, Instant to) {
        List<StuckItem> crossed = stuckItems(scope, to).stream()
                .filter(s -> !s.stuckSince().isBefore(from) && s.stuckSince().isBefore(to)).toList();
        return toStuckFiles(crossed, to);
    }

    @Override
    public Activity activity(Scope scope, Instant from, Instant to) {
        LocalDate first = from.atZone(IST).toLocalDate();
        LocalDate last = to.minusMillis(1).atZone(IST).toLocalDate();
        Map<String, OfficeInfo> registry = offices();
        List<KpiRow> rows = officeKpis(first, last).stream().filter(k -> inScope(scope, k.id(), registry)).toList();
        return new Activity(rows.stream().mapToLong(KpiRow::created).sum(), rows.stream().mapToLong(KpiRow::opened).sum(),
                rows.stream().mapToLong(KpiRow::forwarded).sum(), rows.stream().mapToLong(KpiRow::closed).sum());
    }

    @Override
    public List<RolloutRow> rollout(Scope scope, Instant asOf) {
        List<RolloutRow> out = new ArrayList<>();
        for (in.eofficemonitor.warehouse.rollout.RolloutRow r : rollout.byCategory(asOf)) {
            if (r.category().isEmpty()) {
                continue; // e-files of unregistered offices: no stage to show
            }
            Map<RolloutStage, Long> stages = new EnumMap<>(RolloutStage.class);
            stages.put(RolloutStage.NOT_STARTED, r.notStarted());
            stages.put(RolloutStage.EMAIL_IDS_CREATED, r.emailIdsCreated());
            stages.put(RolloutStage.TRAINED, r.trained());
            stages.put(RolloutStage.IN_PROGRESS, r.inProgress());
            stages.put(RolloutStage.LIVE, r.live());
            out.add(new RolloutRow(r.category().get(), stages, r.active()));
        }
        return out;
    }

    @Override
    public List<StageMove> stageMoves(Scope scope, Instant from, Instant to) {
        record Stage(String officeId, RolloutStage stage, LocalDate since) {}
        LocalDate first = from.atZone(IST).toLocalDate();
        LocalDate end = to.atZone(IST).toLocalDate();
        List<Stage> history = warehouse.query("digest/stage_moves",
                toWarehouse(scope).addTo(SqlParams.of("from", first).and("to", end)),
                r -> new Stage(r.string("office_id"), RolloutStage.valueOf(r.string("rollout_stage")), r.date("stage_since")));
        Map<String, OfficeInfo> registry = offices();
        List<StageMove> moves = new ArrayList<>();
        Stage previous = null;
        for (Stage s : history) {
            boolean sameOffice = previous != null && previous.officeId().equals(s.officeId());
            if (!s.since().isBefore(first) && s.since().isBefore(end)) {
                OfficeInfo o = registry.get(s.officeId());
                moves.add(new StageMove(s.officeId(), o == null ? s.officeId() : o.name(), o == null ? "" : o.district(),
                        sameOffice ? previous.stage() : RolloutStage.NOT_STARTED, s.stage(), s.since()));
            }
            previous = s;
        }
        return moves;
    }

    @Override
    public List<SilentOffice> silentLiveOffices(Scope scope, Instant asOf, int days) {
        return warehouse.query("digest/silent_live_offices",
                toWarehouse(scope).addTo(SqlParams.of("as_of", asOf).and("days", days)),
                r -> new SilentOffice(r.string("office_id"), r.string("name"), r.string("district"), realInstant(r.instant("last_created"))));
    }

    @Override
    public List<IdleDesk> idleDesks(Scope scope, Instant asOf, int days) {
        return warehouse.query("digest/idle_desks",
                toWarehouse(scope).addTo(SqlParams.of("as_of", asOf).and("days", days).and("limit", 5_000)),
                r -> new IdleDesk(r.string("desk_id"), r.string("designation"), r.string("holder_name"), r.string("office_id"),
                        r.string("office_name"), realInstant(r.instant("last_action"))));
    }

    @Override
    public Set<String> liveOfficeIds() {
        return offices().values().stream().filter(o -> o.stage() == RolloutStage.LIVE).map(OfficeInfo::officeId)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String scopeName(Scope scope, boolean hindi) {
        return switch (scope.role()) {
            case STATE -> Messages.of(hindi ? Language.HI : Language.EN).get("state.name");
            case DISTRICT -> scope.value();
            case OFFICE, POLICE -> {
                OfficeInfo o = offices().get(scope.value());
                yield o == null ? scope.value() : hindi && !o.nameHi().isBlank() ? o.nameHi() : o.name();
            }
        };
    }

    /** The scope's stuck items, from the state's list as of that time (one query per as-of, shared by a run). */
    private List<StuckItem> stuckItems(Scope scope, Instant asOf) {
        List<StuckItem> all = memo(stuckMemo, asOf.toString(),
                () -> stuck.asOf(asOf, calendarDays, StuckFilter.in(in.eofficemonitor.warehouse.Scope.state())));
        if (scope.role() == in.eofficemonitor.alerts.recipients.Role.STATE) {
            return all;
        }
        Map<String, OfficeInfo> registry = offices();
        return all.stream().filter(s -> inScope(scope, s.officeId(), registry)).toList();
    }

    private List<in.eofficemonitor.warehouse.pendency.PendencyRow> stateDesks(Instant asOf) {
        return memo(deskMemo, asOf.toString(),
                () -> pendency.asOf(asOf, PendencyLevel.DESK, in.eofficemonitor.warehouse.Scope.state()));
    }

    private List<KpiRow> officeKpis(LocalDate first, LocalDate last) {
        return memo(kpiMemo, first + ".." + last,
                () -> kpis.figures(first, last, KpiLevel.OFFICE, in.eofficemonitor.warehouse.Scope.state()));
    }

    /**
     * State-wide results shared by a run: every mail of a Monday run reads the same as-of, so the state's desks,
     * stuck items and office figures are fetched once and each recipient's scope is cut from them. One load per key
     * even when several mails ask at once (the others wait for it), and kept {@link #MEMO_TTL} after it finished:
     * at state scale one load takes seconds to minutes, and a run of a few hundred mails must not outlive it and
     * load it again. A key names a fixed as-of time or period, whose answer changes only by late events.
     */
    private <T> List<T> memo(Map<String, Memo<T>> cache, String key, java.util.function.Supplier<List<T>> load) {
        CompletableFuture<List<T>> mine = new CompletableFuture<>();
        Memo<T> hit;
        synchronized (cache) {
            hit = cache.get(key);
            boolean fresh = hit != null && (hit.loadedAt() == null || hit.loadedAt().plus(MEMO_TTL).isAfter(clock.instant()));
            if (!fresh) {
                cache.put(key, new Memo<>(mine, null));
                hit = null;
            }
        }
        if (hit != null) {
            try {
                return hit.items().join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            List<T> items = load.get();
            synchronized (cache) {
                cache.put(key, new Memo<>(mine, clock.instant()));
            }
            mine.complete(items);
            return items;
        } catch (RuntimeException e) {
            synchronized (cache) {
                cache.remove(key); // the next mail tries again rather than sharing a failure
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private List<StuckFile> toStuckFiles(List<StuckItem> items, Instant asOf) {
        Map<String, OfficeInfo> registry = offices();
        Map<String, String> subjects = lookup("alerts/subjects", "file_ids",
                items.stream().map(StuckItem::fileId).distinct().toList(), r -> r.string("file_id"), r -> r.string("subject"));
        Map<String, String> desks = lookup("alerts/desk_names", "desk_ids",
                items.stream().map(StuckItem::deskId).distinct().toList(), r -> r.string("desk_id"),
                r -> r.string("designation") + "\t" + r.string("designation_hi"));
        // Longest dwell first (the query orders by arrival, oldest first: the same order).
        List<StuckFile> out = new ArrayList<>(items.size());
        for (StuckItem s : items) {
            OfficeInfo o = registry.get(s.officeId());
            double thresholdDays = Duration.between(s.arrivedAt(), s.stuckSince()).toMillis() / 86_400_000.0;
            double dwell = Duration.between(s.arrivedAt(), asOf).toMillis() / 86_400_000.0;
            String[] desk = desks.getOrDefault(s.deskId(), "\t").split("\t", -1);
            out.add(new StuckFile(s.fileId(), s.kind().name(), s.priority().name(), subjects.getOrDefault(s.fileId(), ""),
                    s.officeId(), o == null ? "" : o.name(), o == null ? "" : o.district(), s.deskId(),
                    desk[0], s.arrivedAt(), s.stuckSince(), dwell, thresholdDays, o == null ? "" : o.nameHi(), desk[1]));
        }
        return out;
    }

    /** Looks names up by id in chunks, so a long list never makes one huge request. */
    private Map<String, String> lookup(String query, String param, List<String> ids,
                                       Function<in.eofficemonitor.warehouse.Row, String> key,
                                       Function<in.eofficemonitor.warehouse.Row, String> value) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i += LOOKUP_CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + LOOKUP_CHUNK));
            warehouse.query(query, SqlParams.of(param, ClickHouseArrays.literal(chunk)), r -> {
                out.put(key.apply(r), value.apply(r));
                return null;
            });
        }
        return out;
    }

    private static Instant realInstant(Instant i) {
        return i == null || i.toEpochMilli() <= 0 ? null : i;
    }

    private synchronized Map<String, OfficeInfo> offices() {
        Instant now = clock.instant();
        if (offices == null || officesLoadedAt.plus(REGISTRY_TTL).isBefore(now)) {
            Map<String, OfficeInfo> map = new HashMap<>();
            warehouse.query("alerts/offices", SqlParams.none(), r -> new OfficeInfo(r.string("office_id"), r.string("name"),
                    r.string("name_hi"), OfficeCategory.valueOf(r.string("category")), r.string("district"),
                    RolloutStage.valueOf(r.string("rollout_stage")))).forEach(o -> map.put(o.officeId(), o));
            offices = Map.copyOf(map);
            officesLoadedAt = now;
        }
        return offices;
    }
}
