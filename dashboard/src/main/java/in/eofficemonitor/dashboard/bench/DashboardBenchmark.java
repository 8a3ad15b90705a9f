package in.eofficemonitor.dashboard.bench;

import in.eofficemonitor.alerts.delivery.ClickHouseDeliveryLog;
import in.eofficemonitor.dashboard.desks.DeskService;
import in.eofficemonitor.dashboard.district.DistrictService;
import in.eofficemonitor.dashboard.health.HealthService;
import in.eofficemonitor.dashboard.overview.OverviewService;
import in.eofficemonitor.dashboard.registry.OfficeDirectory;
import in.eofficemonitor.dashboard.security.AccessGuard;
import in.eofficemonitor.dashboard.security.CurrentUser;
import in.eofficemonitor.dashboard.security.DashboardUser;
import in.eofficemonitor.dashboard.security.UserDirectory;
import in.eofficemonitor.dashboard.stuck.StuckSelection;
import in.eofficemonitor.dashboard.stuck.StuckService;
import in.eofficemonitor.dashboard.trail.TrailService;
import in.eofficemonitor.dashboard.trend.TrendService;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.Warehouse;
import in.eofficemonitor.warehouse.WarehouseConfig;
import in.eofficemonitor.warehouse.cli.Options;
import in.eofficemonitor.warehouse.cli.UsageException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code ./eoffice-monitor bench dashboard}: the latency of every view's queries over a state-sized warehouse,
 * for the Chief Secretary's scope and for one Collector's district.
 *
 * <p>The views' own services are called, as the logged-in user, so the scoping and every query a view runs are
 * included; a listener on the warehouse also times each named query on its own. The history is loaded once into
 * the benchmark's own data directory (see {@link BenchWorld}) and reused by later runs of the same size.
 */
public final class DashboardBenchmark {

    private static final String STATE_USER = "cs";
    private static final String DISTRICT_USER = "dm-kannauj";

    private DashboardBenchmark() {}

    public static void main(String[] args) {
        in.eofficemonitor.warehouse.cli.CommandMain.main("bench dashboard", args, a -> {
            start(a);
            return 0;
        });
    }

    private static void start(String[] args) throws Exception {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "eoffice-cli-log4j2.xml");
        }
        Options options;
        try {
            options = Options.parse(Arrays.asList(args),
                    Set.of("events", "iterations", "warehouse", "data", "out"), Set.of("reload"));
        } catch (UsageException e) {
            System.err.println("bench dashboard: " + e.getMessage());
            System.exit(2);
            return;
        }
        long events = Long.parseLong(options.get("events").orElse("100000000").replace("_", ""));
        int iterations = Integer.parseInt(options.get("iterations").orElse("20"));
        Path out = Path.of(options.get("out").orElse("bench-results/dashboard.txt"));
        WarehouseConfig config = options.get("warehouse").map(WarehouseConfig::fromUrl)
                .orElseGet(() -> WarehouseConfig.embedded(Path.of(options.get("data").orElse("data/bench-dashboard"))));

        try (Warehouse warehouse = Warehouse.open(config)) {
            StringBuilder report = new StringBuilder();
            BenchWorld.Loaded world = BenchWorld.ensure(warehouse, events, options.flag("reload"), System.out::println);
            report.append(world.describe());
            report.append(run(warehouse, iterations));
            System.out.print(report);
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println("written to " + out);
        }
    }

    /** One service call of a view, as a user. */
    private record ViewCall(String view, String call, Runnable body) {}

    static String run(Warehouse warehouse, int iterations) throws IOException {
        Clock clock = Clock.systemDefaultZone();
        UserDirectory users = UserDirectory.load(Optional.empty());
        CurrentUser currentUser = new CurrentUser(users);
        OfficeDirectory offices = new OfficeDirectory(warehouse, clock);
        AccessGuard guard = new AccessGuard(new SimpleMeterRegistry(), denied -> {});
        OverviewService overview = new OverviewService(warehouse, offices, clock);
        DeskService desks = new DeskService(warehouse, offices, currentUser, guard, clock);
        StuckService stuck = new StuckService(warehouse, offices, currentUser, guard, clock);
        TrailService trail = new TrailService(warehouse, offices, currentUser, guard, clock);
        TrendService trend = new TrendService(warehouse, currentUser, offices, clock);
        DistrictService district = new DistrictService(warehouse, currentUser, guard, clock);
        HealthService health = new HealthService(warehouse,
                () -> new ClickHouseDeliveryLog(warehouse, Duration.ZERO).failures(HealthService.FAILED_DELIVERIES_SHOWN),
                new HealthService.Settings(Duration.ofDays(2), Duration.ofSeconds(60), false), clock);

        Map<String, List<Double>> byQuery = new ConcurrentHashMap<>();
        String[] scopeLabel = {""};
        warehouse.addQueryListener((name, elapsed, rows, failure) -> byQuery
                .computeIfAbsent(scopeLabel[0] + "|" + name, k -> new CopyOnWriteArrayList<>())
                .add(elapsed.toNanos() / 1e6));

        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%nview calls, %d timed runs each after one warm-up (ms):%n", iterations));
        s.append(String.format(Locale.ROOT, "  %-9s %-10s %-28s %9s %9s %9s %9s%n",
                "scope", "view", "call", "first", "p50", "p95", "max"));
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(STATE_USER, "state");
        labels.put(DISTRICT_USER, "district");
        for (Map.Entry<String, String> who : labels.entrySet()) {
            DashboardUser user = users.find(who.getKey()).orElseThrow();
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    user.id(), null, List.of(new SimpleGrantedAuthority("ROLE_" + user.scope().role().name()))));
            String sampleFile = sampleFile(warehouse, user);
            // The ranking reuses the page's key figures (OverviewService.figures); they are timed as "key figures".
            OverviewService.Figures[] figures = {overview.figures(user.scope())};
            String sampleDistrict = user.scope().role().name().equals("DISTRICT") ? user.scope().value() : "Kannauj";
            LocalDate today = trend.today();
            List<ViewCall> calls = List.of(
                    new ViewCall("overview", "rollout", () -> overview.rollout(user.scope())),
                    new ViewCall("overview", "key figures", () -> overview.keyFigures(user.scope())),
                    new ViewCall("overview", "ranking", () -> overview.rankings(user.scope(), figures[0])),
                    new ViewCall("overview", "e-files per week", () -> overview.createdPerWeek(user.scope())),
                    new ViewCall("overview", "live counters", () -> overview.liveCounters(user.scope())),
                    new ViewCall("district", "districts offered", district::districts),
                    new ViewCall("district", "district view", () -> district.district(sampleDistrict)),
                    new ViewCall("overview", "top districts", () -> overview.topDistricts(user.scope())),
                    new ViewCall("overview", "top offices", () -> overview.topOffices(user.scope())),
                    new ViewCall("desks", "offices offered", desks::officesVisible),
                    new ViewCall("desks", "desks of the scope", () -> desks.lines(Optional.empty())),
                    new ViewCall("stuck", "desks offered", () -> stuck.desksOffered("")),
                    new ViewCall("stuck", "stuck list", () -> stuck.screen(StuckSelection.any())),
                    new ViewCall("trail", "file id suggestions", () -> trail.suggest(prefixOf(sampleFile))),
                    new ViewCall("trail", "one file's trail", () -> trail.trail(sampleFile)),
                    new ViewCall("trend", "as of today", () -> trend.asOf(today)),
                    new ViewCall("trend", "as of yesterday", () -> trend.asOf(today.minusDays(1))),
                    new ViewCall("trend", "8-week trend", () -> trend.weeklyTrend(today, 8)),
                    new ViewCall("trend", "8 weeks to a month ago", () -> trend.weeklyTrend(today.minusDays(30), 8)),
                    new ViewCall("health", "the whole page", health::report));
            scopeLabel[0] = who.getValue();
            for (ViewCall call : calls) {
                long t0 = System.nanoTime();
                call.body().run();
                double first = (System.nanoTime() - t0) / 1e6;
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < iterations; i++) {
                    long t = System.nanoTime();
                    call.body().run();
                    millis.add((System.nanoTime() - t) / 1e6);
                }
                Percentiles p = Percentiles.of(millis);
                s.append(String.format(Locale.ROOT, "  %-9s %-10s %-28s %9.0f %9.0f %9.0f %9.0f%n",
                        who.getValue(), call.view(), call.call(), first, p.p50(), p.p95(), p.max()));
            }
        }
        SecurityContextHolder.clearContext();

        s.append(String.format(Locale.ROOT, "%nnamed warehouse queries inside those calls (ms, warm-ups included):%n"));
        s.append(String.format(Locale.ROOT, "  %-9s %-32s %6s %9s %9s %9s%n", "scope", "query", "runs", "p50", "p95",
                "max"));
        byQuery.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] k = e.getKey().split("\\|", 2);
            Percentiles p = Percentiles.of(e.getValue());
            s.append(String.format(Locale.ROOT, "  %-9s %-32s %6d %9.0f %9.0f %9.0f%n", k[0], k[1],
                    e.getValue().size(), p.p50(), p.p95(), p.max()));
        });
        return s.toString();
    }

    /** What a user has typed into the trail's search box: the sample file's id less its last three characters. */
    private static String prefixOf(String fileId) {
        return fileId.length() > TrailService.SUGGEST_AFTER + 3 ? fileId.substring(0, fileId.length() - 3) : fileId;
    }

    /** A file in the user's scope that has moved a few times, for the trail view. */
    private static String sampleFile(Warehouse warehouse, DashboardUser user) {
        String district = user.scope().role().name().equals("DISTRICT") ? user.scope().value() : "";
        return warehouse.querySql("bench/sample-file", """
                        SELECT file_id FROM file_positions
                        WHERE moves >= 5 AND ({district:String} = ''
                              OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
                        ORDER BY file_id LIMIT 1""",
                SqlParams.of("district", district), r -> r.string("file_id")).stream().findFirst().orElse("");
    }
}
