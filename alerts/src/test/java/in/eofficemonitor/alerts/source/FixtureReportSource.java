package in.eofficemonitor.alerts.source;

import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.alerts.recipients.Scope;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A small in-memory state for tests of the mail layer: desks with their pendency at two instants,
 * aggregated and scoped the way the warehouse queries do. Records which scopes were asked for, so a
 * test can check that a Collector's mail only ever asked for that district.
 */
public final class FixtureReportSource implements ReportSource {

    public record DeskFact(String deskId, String deskLabel, String officeId, String officeName, String district,
                           OfficeCategory category, long files, long receipts, long stuck, List<Long> buckets) {}

    public static final Instant NOW = Instant.parse("2026-11-22T18:30:00Z");        // Monday 23-11-2026 00:00 IST
    public static final Instant WEEK_BEFORE = Instant.parse("2026-11-15T18:30:00Z"); // Monday 16-11-2026 00:00 IST

    private final Map<Instant, List<DeskFact>> desksAt = new LinkedHashMap<>();
    private final List<StuckFile> stuck = new ArrayList<>();
    private final Set<String> live;
    public final List<Scope> scopesAsked = Collections.synchronizedList(new ArrayList<>());

    public FixtureReportSource(List<DeskFact> now, List<DeskFact> weekBefore, List<StuckFile> stuck, Set<String> liveOffices) {
        desksAt.put(NOW, now);
        desksAt.put(WEEK_BEFORE, weekBefore);
        this.stuck.addAll(stuck);
        this.live = liveOffices;
    }

    /** Two districts, three offices, five desks; Kannauj's numbers differ from Agra's so a leak shows. */
    public static FixtureReportSource twoDistricts() {
        List<DeskFact> now = List.of(
                desk("KNJ-COLL-OS-01", "कार्यालय अधीक्षक", "KNJ-COLL", "Collectorate Kannauj", "Kannauj", 40, 5, 6, List.of(20L, 10L, 4L, 3L, 2L, 1L)),
                desk("KNJ-COLL-AG3-01", "सहायक ग्रेड-3", "KNJ-COLL", "Collectorate Kannauj", "Kannauj", 12, 2, 1, List.of(9L, 2L, 1L, 0L, 0L, 0L)),
                desk("KNJ-TEH-01", "तहसीलदार", "KNJ-TEH", "Tehsil Kannauj", "Kannauj", 7, 0, 0, List.of(7L, 0L, 0L, 0L, 0L, 0L)),
                desk("AGR-COLL-OS-01", "Office Superintendent", "AGR-COLL", "Collectorate Agra", "Agra", 900, 70, 333, List.of(100L, 200L, 300L, 200L, 50L, 50L)),
                desk("AGR-COLL-ADM-01", "ADM", "AGR-COLL", "Collectorate Agra", "Agra", 100, 10, 0, List.of(100L, 0L, 0L, 0L, 0L, 0L)));
        List<DeskFact> before = List.of(
                desk("KNJ-COLL-OS-01", "कार्यालय अधीक्षक", "KNJ-COLL", "Collectorate Kannauj", "Kannauj", 35, 4, 4, List.of(20L, 8L, 3L, 2L, 1L, 1L)),
                desk("KNJ-COLL-AG3-01", "सहायक ग्रेड-3", "KNJ-COLL", "Collectorate Kannauj", "Kannauj", 15, 1, 2, List.of(10L, 3L, 1L, 1L, 0L, 0L)),
                desk("AGR-COLL-OS-01", "Office Superintendent", "AGR-COLL", "Collectorate Agra", "Agra", 800, 60, 300, List.of(100L, 200L, 200L, 200L, 50L, 50L)));
        List<StuckFile> stuck = List.of(
                stuckFile("UP/REV/2026/00123", "भूमि आवंटन, ग्राम सराय", "KNJ-COLL", "Collectorate Kannauj", "Kannauj", "KNJ-COLL-OS-01", "कार्यालय अधीक्षक", 41.5, 7),
                stuckFile("UP/REV/2026/00777", "Arms licence renewal", "KNJ-COLL", "Collectorate Kannauj", "Kannauj", "KNJ-COLL-AG3-01", "सहायक ग्रेड-3", 9.0, 7),
                stuckFile("UP/AGR/2026/09999", "Agra road works", "AGR-COLL", "Collectorate Agra", "Agra", "AGR-COLL-OS-01", "Office Superintendent", 200.0, 7));
        return new FixtureReportSource(now, before, stuck, Set.of("KNJ-COLL", "AGR-COLL"));
    }

    /** {@link #twoDistricts()} with {@code n} files stuck at Kannauj's Office Superintendent, the i-th 10 + i days. */
    public static FixtureReportSource kannaujWithStuck(int n) {
        FixtureReportSource two = twoDistricts();
        List<StuckFile> stuck = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            stuck.add(stuckFile("UP/KNJ/2026/%06d".formatted(i), "Subject " + i, "KNJ-COLL", "Collectorate Kannauj",
                    "Kannauj", "KNJ-COLL-OS-01", "कार्यालय अधीक्षक", 10 + i / 1000.0, 7));
        }
        return new FixtureReportSource(two.desksAt.get(NOW), two.desksAt.get(WEEK_BEFORE), stuck, two.live);
    }

    static DeskFact desk(String id, String label, String office, String officeName, String district,
                         long files, long receipts, long stuck, List<Long> buckets) {
        return new DeskFact(id, label, office, officeName, district, OfficeCategory.DISTRICT_OFFICE, files, receipts, stuck, buckets);
    }

    static StuckFile stuckFile(String id, String subject, String office, String officeName, String district,
                               String desk, String deskLabel, double dwell, double threshold) {
        Instant arrived = NOW.minusSeconds((long) (dwell * 86_400));
        return new StuckFile(id, "FILE", "NORMAL", subject, office, officeName, district, desk, deskLabel, arrived,
                arrived.plusSeconds((long) (threshold * 86_400)), dwell, threshold, "", "");
    }

    private static Predicate<String[]> in(Scope scope) {
        // [district, officeId]
        return k -> switch (scope.role()) {
            case STATE -> true;
            case DISTRICT -> k[0].equals(scope.value());
            case OFFICE, POLICE -> k[1].equals(scope.value());
        };
    }

    @Override
    public List<PendencyRow> pendency(Scope scope, Instant asOf, Grouping by) {
        scopesAsked.add(scope);
        List<DeskFact> facts = desksAt.getOrDefault(asOf, desksAt.get(WEEK_BEFORE)).stream()
                .filter(d -> in(scope).test(new String[] {d.district(), d.officeId()})).toList();
        Map<String, List<DeskFact>> groups = facts.stream().collect(Collectors.groupingBy(d -> switch (by) {
            case DESK -> d.deskId();
            case OFFICE -> d.officeId();
            case DISTRICT -> d.district();
            case CATEGORY -> d.category().name();
        }, LinkedHashMap::new, Collectors.toList()));
        List<PendencyRow> rows = new ArrayList<>();
        groups.forEach((key, ds) -> {
            List<Long> buckets = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L, 0L));
            ds.forEach(d -> { for (int i = 0; i < 6; i++) buckets.set(i, buckets.get(i) + d.buckets().get(i)); });
            String label = switch (by) {
                case DESK -> ds.getFirst().deskLabel();
                case OFFICE -> ds.getFirst().officeName();
                default -> key;
            };
            rows.add(new PendencyRow(key, label, label, ds.stream().mapToLong(DeskFact::files).sum(),
                    ds.stream().mapToLong(DeskFact::receipts).sum(), ds.stream().mapToLong(DeskFact::stuck).sum(), buckets));
        });
        return rows;
    }

    @Override
    public List<PendencyTotal> weeklyTrend(Scope scope, java.time.LocalDate firstMonday, java.time.LocalDate lastMonday) {
        List<PendencyTotal> out = new ArrayList<>();
        for (java.time.LocalDate m = firstMonday; !m.isAfter(lastMonday); m = m.plusWeeks(1)) {
            Instant asOf = m.atStartOfDay(java.time.ZoneId.of("Asia/Kolkata")).toInstant();
            List<PendencyRow> rows = pendency(scope, asOf, Grouping.OFFICE);
            out.add(new PendencyTotal(m, rows.stream().mapToLong(PendencyRow::files).sum(), rows.stream().mapToLong(PendencyRow::receipts).sum()));
        }
        return out;
    }

    @Override
    public List<StuckFile> stuck(Scope scope, Instant asOf) {
        scopesAsked.add(scope);
        return stuck.stream().filter(f -> in(scope).test(new String[] {f.district(), f.officeId()}))
                .sorted(Comparator.comparingDouble(StuckFile::dwellDays).reversed()).toList();
    }

    @Override
    public StuckHead longestStuck(Scope scope, Instant asOf, int limit) {
        List<StuckFile> all = stuck(scope, asOf);
        return new StuckHead(all.stream().limit(limit).toList(), all.size());
    }

    @Override
    public List<StuckFile> becameStuck(Scope scope, Instant from, Instant to) {
        scopesAsked.add(scope);
        return stuck.stream().filter(f -> in(scope).test(new String[] {f.district(), f.officeId()}))
                .filter(f -> !f.stuckAt().isBefore(from) && f.stuckAt().isBefore(to)).toList();
    }

    @Override
    public Activity activity(Scope scope, Instant from, Instant to) {
        scopesAsked.add(scope);
        return switch (scope.role()) {
            case STATE -> new Activity(1_10_000, 1_20_000, 3_00_000, 90_000);
            case DISTRICT -> scope.value().equals("Kannauj") ? new Activity(48, 50, 140, 40) : new Activity(5_000, 5_000, 9_000, 1_000);
            case OFFICE, POLICE -> new Activity(20, 20, 60, 15);
        };
    }

    @Override
    public List<RolloutRow> rollout(Scope scope, Instant asOf) {
        scopesAsked.add(scope);
        Map<RolloutStage, Long> stages = new EnumMap<>(RolloutStage.class);
        stages.put(RolloutStage.LIVE, 60L);
        stages.put(RolloutStage.IN_PROGRESS, 10L);
        stages.put(RolloutStage.NOT_STARTED, 5L);
        return List.of(new RolloutRow(OfficeCategory.DISTRICT_OFFICE, stages, 58));
    }

    @Override
    public List<StageMove> stageMoves(Scope scope, Instant from, Instant to) {
        scopesAsked.add(scope);
        return List.of();
    }

    @Override
    public List<SilentOffice> silentLiveOffices(Scope scope, Instant asOf, int days) {
        scopesAsked.add(scope);
        return List.of();
    }

    @Override
    public List<IdleDesk> idleDesks(Scope scope, Instant asOf, int days) {
        scopesAsked.add(scope);
        return List.of();
    }

    @Override
    public Set<String> liveOfficeIds() {
        return live;
    }

    @Override
    public String scopeName(Scope scope, boolean hindi) {
        return switch (scope.role()) {
            case STATE -> hindi ? "उत्तर प्रदेश" : "Uttar Pradesh";
            case DISTRICT -> scope.value().equals("Kannauj") && hindi ? "कन्नौज" : scope.value();
            case OFFICE, POLICE -> scope.value();
        };
    }

    /** True if every scope asked for lies inside {@code scope}. */
    public boolean onlyAskedWithin(Scope scope) {
        return scopesAsked.stream().allMatch(s -> scope.role() == Role.STATE || s.equals(scope));
    }
}
