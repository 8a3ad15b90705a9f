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
 * The {@link ReportSource} of production: every number is the number of the warehouse's read queries
 * ({@link PendencyQueries}, {@link StuckQueries}, {@link KpiQueries}, {@link RolloutQueries}) — the ones the
 * {@code report} command prints and the dashboard shows — for the same scope. A Monday run asks hundreds of mails
 * about one as-of time, so what the mails share is read state-wide once and each scope is cut from it: the
 * KPI and rollout figures through those classes, and the desk-level pendency, stuck items and trend through the
 * alerts' own queries ({@code sql/alerts/desk_figures}, {@code stuck_longest}, {@code trend_by_office}), which
 * are those queries' rows before they are summed over a scope (same conditions; {@code WarehouseReportsIT}
 * compares them with the query classes for state, district and office scopes). The rest of {@code sql/alerts} and
 * {@code sql/digest} looks up names, subjects and the digest's lists, which no other view has.
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
    /** The key figures' window for an idle desk (kpis/by_level, kpis/idle_desks). */
    private static final int IDLE_DAYS = 30;

    record OfficeInfo(String officeId, String name, String nameHi, OfficeCategory category, String district, RolloutStage stage) {}

    private final Warehouse warehouse;
    private final StuckQueries stuck;
    private final KpiQueries kpis;
    private final RolloutQueries rollout;
    private final boolean calendarDays;
    private final Clock clock;

    private Map<String, OfficeInfo> offices;
    private Instant officesLoadedAt;
    /** A load of one key: in flight while {@code loadedAt} is null. */
    private record Memo<V>(CompletableFuture<V> value, Instant loadedAt) {}

    /** One desk's pendency (files, receipts, six age buckets) and stuck items as of a time. */
    private record DeskFigures(String officeId, String deskId, long files, long receipts, long[] ages, long stuck) {}

    /** Pendency of one office at the end of one day. */
    private record OfficeDay(LocalDate day, String officeId, long files, long receipts) {}

    /** The state's longest-waiting stuck items (at most a number per office), in order, and the same per office. */
    private record Head(List<StuckFile> all, Map<String, List<StuckFile>> byOffice) {}

    static final Duration MEMO_TTL = Duration.ofMinutes(10);
    private final Map<String, Memo<List<StuckItem>>> stuckMemo = lru();
    private final Map<String, Memo<List<DeskFigures>>> deskMemo = lru();
    private final Map<String, Memo<Head>> headMemo = lru();
    private final Map<String, Memo<List<KpiRow>>> kpiMemo = lru();
    private final Map<String, Memo<List<OfficeDay>>> trendMemo = lru();
    private final Map<String, Memo<Map<String, String[]>>> deskNameMemo = lru();

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
     * Pendency of a scope, grouped. Read as the state's desk rows (pendency and stuck items, one query per as-of,
     * shared by every mail of a run) and summed per office, district or category with the registry, exactly as the
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
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String[]> names = new HashMap<>();
        Map<String, String[]> deskNames = deskNames();
        for (DeskFigures d : deskFigures(asOf)) {
            if (!inScope(scope, d.officeId(), registry)) {
                continue;
            }
            String key = by == Grouping.DESK ? d.deskId() : groupOfOffice.apply(d.officeId());
            long[] sum = sums.computeIfAbsent(key, k -> new long[9]);
            sum[0] += d.files();
            sum[1] += d.receipts();
            for (int i = 0; i < 6; i++) {
                sum[2 + i] += d.ages()[i];
            }
            sum[8] += d.stuck();
            names.computeIfAbsent(key, k -> name(by, k, d.officeId(), deskNames.getOrDefault(d.deskId(), NO_DESK_NAME), registry));
        }
        List<PendencyRow> rows = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> rows.add(new PendencyRow(key, names.get(key)[0], names.get(key)[1], sum[0], sum[1],
                sum[8], Arrays.stream(sum, 2, 8).boxed().toList())));
        rows.sort(java.util.Comparator.comparingLong((PendencyRow r) -> r.files() + r.receipts()).reversed()
                .thenComparing(PendencyRow::key));
        return rows;
    }

    private static String[] name(Grouping by, String key, String officeId, String[] deskName, Map<String, OfficeInfo> registry) {
        GroupNames.Name n = switch (by) {
            case DESK -> new GroupNames.Name(deskName[0], deskName[1]);
            case OFFICE -> {
                OfficeInfo o = registry.get(key);
                yield o == null ? GroupNames.UNREGISTERED_OFFICE : new GroupNames.Name(o.name(), o.nameHi());
            }
            case DISTRICT -> registry.get(officeId) == null ? GroupNames.UNREGISTERED_OFFICES
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

    /**
     * Pendency at 00:00 IST of each Monday: the end of the Sunday before, as the trend query counts it. Read as the
     * state's per-office line (one query for a run, {@code alerts/trend_by_office}, the trend query's rows before
     * they are summed) and summed over the scope's offices, with every Monday present (zeros where nothing was
     * pending), as {@link PendencyQueries#trend} gives it.
     */
    @Override
    public List<PendencyTotal> weeklyTrend(Scope scope, LocalDate firstMonday, LocalDate lastMonday) {
        LocalDate from = firstMonday.minusDays(1);
        LocalDate to = lastMonday.minusDays(1);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The trend ends (" + lastMonday + ") before it starts (" + firstMonday + ")");
        }
        List<OfficeDay> rows = memo(trendMemo, from + ".." + to, () -> warehouse.query("alerts/trend_by_office",
                SqlParams.of("from", from).and("to", to).and("step_days", 7),
                r -> new OfficeDay(r.date("day"), r.string("office_id"), r.longValue("files"), r.longValue("receipts"))));
        Map<String, OfficeInfo> registry = offices();
        Map<LocalDate, long[]> sums = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(7)) {
            sums.put(day, new long[2]);
        }
        for (OfficeDay r : rows) {
            long[] sum = sums.get(r.day());
            if (sum != null && inScope(scope, r.officeId(), registry)) {
                sum[0] += r.files();
                sum[1] += r.receipts();
            }
        }
        List<PendencyTotal> out = new ArrayList<>(sums.size());
        sums.forEach((day, sum) -> out.add(new PendencyTotal(day.plusDays(1), sum[0], sum[1])));
        return out;
    }

    @Override
    public List<StuckFile> stuck(Scope scope, Instant asOf) {
        return toStuckFiles(stuckItems(scope, asOf), asOf);
    }

    /**
     * The scope's head of the state's longest-waiting list (one load per as-of and limit, at most {@code limit} per
     * office, subjects included) and its total from the per-desk counts: no per-mail lookups, and no mail holds more
     * than the limit.
     */
    @Override
    public StuckHead longestStuck(Scope scope, Instant asOf, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        Head head = memo(headMemo, asOf + "/" + limit, () -> loadHead(asOf, limit));
        Map<String, OfficeInfo> registry = offices();
        List<StuckFile> longest = switch (scope.role()) {
            case STATE -> head.all();
            case OFFICE, POLICE -> head.byOffice().getOrDefault(scope.value(), List.of());
            case DISTRICT -> head.byOffice().entrySet().stream()
                    .filter(e -> inScope(scope, e.getKey(), registry))
                    .flatMap(e -> e.getValue().stream())
                    .sorted(LONGEST_WAITING)
                    .toList();
        };
        long total = deskFigures(asOf).stream().filter(d -> inScope(scope, d.officeId(), registry))
                .mapToLong(DeskFigures::stuck).sum();
        return new StuckHead(longest.size() > limit ? longest.subList(0, limit) : longest, total);
    }

    /** The stuck query's order: arrived first (longest dwell), then file id. */
    private static final java.util.Comparator<StuckFile> LONGEST_WAITING =
            java.util.Comparator.comparing(StuckFile::arrivedAt).thenComparing(StuckFile::fileId);

    private Head loadHead(Instant asOf, int perOffice) {
        Map<String, OfficeInfo> registry = offices();
        Map<String, String[]> desks = deskNames();
        SqlParams params = SqlParams.of("as_of", asOf)
                .and("calendar_days", calendarDays).and("per_office", perOffice);
        List<StuckFile> all = warehouse.query("alerts/stuck_longest", params, r -> stuckFile(r.string("file_id"),
                r.string("kind"), r.string("priority"), r.string("subject"), r.string("office_id"), r.string("desk_id"),
                r.instant("arrived_at"), r.instant("stuck_since"), asOf, registry, desks));
        Map<String, List<StuckFile>> byOffice = new HashMap<>();
        for (StuckFile f : all) {
            byOffice.computeIfAbsent(f.officeId(), k -> new ArrayList<>()).add(f);
        }
        return new Head(all, byOffice);
    }

    /**
     * Every desk's pendency and stuck items as of a time, state-wide (one query per as-of, shared by a run):
     * {@code alerts/desk_figures}, the desk rows of the pendency and stuck queries in one pass.
     */
    private List<DeskFigures> deskFigures(Instant asOf) {
        return memo(deskMemo, asOf.toString(), () -> warehouse.query("alerts/desk_figures",
                SqlParams.of("as_of", asOf).and("calendar_days", calendarDays),
                r -> new DeskFigures(r.string("office_id"), r.string("desk_id"), r.longValue("files"), r.longValue("receipts"),
                        new long[] {r.longValue("age_0_7"), r.longValue("age_8_15"), r.longValue("age_16_30"),
                                r.longValue("age_31_90"), r.longValue("age_91_180"), r.longValue("age_over_180")},
                        r.longValue("stuck"))));
    }

    /** Every registered desk's designation in English and Hindi, read once for a run. */
    private Map<String, String[]> deskNames() {
        return memo(deskNameMemo, "desks", () -> {
            Map<String, String[]> names = new HashMap<>();
            warehouse.query("alerts/desks", SqlParams.none(), r -> names.put(r.string("desk_id"),
                    new String[] {r.string("designation"), r.string("designation_hi")}));
            return Map.copyOf(names);
        });
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

    /**
     * The desks the key figures count idle ({@link KpiQueries#idleDesks}, the dashboard's list): no action in the 30
     * days up to the end of the day before {@code asOf}'s last millisecond — for a Monday report's as-of (00:00 IST)
     * exactly the 30 days before it. One definition, one query, for the KPI, the dashboard and the digest.
     */
    @Override
    public List<IdleDesk> idleDesks(Scope scope, Instant asOf, int days) {
        if (days != IDLE_DAYS) {
            throw new IllegalArgumentException("idle desks are the key figures' " + IDLE_DAYS + " days without action, not " + days);
        }
        LocalDate lastDay = asOf.minusMillis(1).atZone(IST).toLocalDate();
        return kpis.idleDesks(lastDay, toWarehouse(scope), 5_000).stream()
                .map(d -> new IdleDesk(d.deskId(), d.designation(), d.holderName(), d.officeId(), d.officeName(),
                        d.lastAction().map(WarehouseReportSource::realInstant).orElse(null)))
                .toList();
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
    private <V> V memo(Map<String, Memo<V>> cache, String key, java.util.function.Supplier<V> load) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        Memo<V> hit;
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
                return hit.value().join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            V value = load.get();
            synchronized (cache) {
                cache.put(key, new Memo<>(mine, clock.instant()));
            }
            mine.complete(value);
            return value;
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
        Map<String, String[]> desks = deskNames();
        // Longest dwell first (the query orders by arrival, oldest first: the same order).
        List<StuckFile> out = new ArrayList<>(items.size());
        for (StuckItem s : items) {
            out.add(stuckFile(s.fileId(), s.kind().name(), s.priority().name(), subjects.getOrDefault(s.fileId(), ""),
                    s.officeId(), s.deskId(), s.arrivedAt(), s.stuckSince(), asOf, registry, desks));
        }
        return out;
    }

    private static final String[] NO_DESK_NAME = {"", ""};

    private static StuckFile stuckFile(String fileId, String kind, String priority, String subject, String officeId,
                                       String deskId, Instant arrivedAt, Instant stuckSince, Instant asOf,
                                       Map<String, OfficeInfo> registry, Map<String, String[]> desks) {
        OfficeInfo o = registry.get(officeId);
        double thresholdDays = Duration.between(arrivedAt, stuckSince).toMillis() / 86_400_000.0;
        double dwell = Duration.between(arrivedAt, asOf).toMillis() / 86_400_000.0;
        String[] desk = desks.getOrDefault(deskId, NO_DESK_NAME);
        return new StuckFile(fileId, kind, priority, subject, officeId, o == null ? "" : o.name(), o == null ? "" : o.district(),
                deskId, desk[0], arrivedAt, stuckSince, dwell, thresholdDays, o == null ? "" : o.nameHi(), desk[1]);
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
