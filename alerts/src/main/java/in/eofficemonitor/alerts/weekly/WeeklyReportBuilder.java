package in.eofficemonitor.alerts.weekly;

import in.eofficemonitor.alerts.recipients.Role;
import in.eofficemonitor.alerts.recipients.Scope;
import in.eofficemonitor.alerts.schedule.ReportWeek;
import in.eofficemonitor.alerts.source.ReportSource;
import in.eofficemonitor.alerts.source.ReportSource.Grouping;
import in.eofficemonitor.alerts.source.ReportSource.PendencyRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one scope's Monday report from the {@link ReportSource} (query → model). Contents per scope
 * follow issue 6: the state gets districts, categories, the worst desks and rollout; a Collector gets
 * their district's offices and desks; a head of office gets their desks.
 */
public final class WeeklyReportBuilder {

    /** Weeks on the trend line, including the reported one. */
    public static final int TREND_WEEKS = 8;
    public static final int WORST_DESKS = 20;
    /** State-wide loads run at once by {@link #prefetch}: more keeps the engine's few cores no busier. */
    static final int PREFETCH_THREADS = 3;

    private final ReportSource source;

    public WeeklyReportBuilder(ReportSource source) {
        this.source = source;
    }

    /**
     * Asks, side by side, for what every scope's report of the week cuts from the state's figures — the stuck
     * list's head, the week's office figures, the desks at both ends of the week, the trend line — so that a
     * source which keeps one load per as-of for a run (the warehouse's) has them before the first mail needs them.
     * The longest load first. A mail built meanwhile waits for the same loads, it does not start its own.
     */
    public void prefetch(ReportWeek week) {
        List<java.util.concurrent.Callable<Object>> loads = List.of(
                () -> source.longestStuck(Scope.STATE, week.end(), WeeklyMail.STUCK_IN_CSV),
                () -> source.activity(Scope.STATE, week.start(), week.end()),
                () -> source.pendency(Scope.STATE, week.end(), Grouping.DESK),
                () -> source.pendency(Scope.STATE, week.start(), Grouping.DESK),
                () -> source.weeklyTrend(Scope.STATE, week.monday().minusWeeks(TREND_WEEKS - 1), week.monday()));
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(PREFETCH_THREADS)) {
            for (var load : pool.invokeAll(loads)) {
                load.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    public WeeklyReport build(Scope scope, boolean hindiNames, ReportWeek week) {
        Grouping totalsBy = switch (scope.role()) {
            case STATE -> Grouping.CATEGORY;
            case DISTRICT -> Grouping.OFFICE;
            case OFFICE, POLICE -> Grouping.DESK;
        };
        List<PendencyRow> now = source.pendency(scope, week.end(), totalsBy);
        List<PendencyRow> before = source.pendency(scope, week.start(), totalsBy);

        List<Long> buckets = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L, 0L));
        for (PendencyRow r : now) {
            for (int i = 0; i < 6; i++) {
                buckets.set(i, buckets.get(i) + r.buckets().get(i));
            }
        }

        // One query for the whole line (the trend query), not one per week.
        List<WeeklyReport.TrendPoint> trend = source.weeklyTrend(scope, week.monday().minusWeeks(TREND_WEEKS - 1), week.monday())
                .stream().map(p -> new WeeklyReport.TrendPoint(p.monday(), p.files(), p.receipts())).toList();

        List<WeeklyReport.Breakdown> breakdowns = new ArrayList<>();
        List<PendencyRow> desks = totalsBy == Grouping.DESK ? now : source.pendency(scope, week.end(), Grouping.DESK);
        switch (scope.role()) {
            case STATE -> {
                breakdowns.add(breakdown(Grouping.DISTRICT, source.pendency(scope, week.end(), Grouping.DISTRICT),
                        source.pendency(scope, week.start(), Grouping.DISTRICT)));
                breakdowns.add(breakdown(Grouping.CATEGORY, now, before));
            }
            case DISTRICT -> {
                breakdowns.add(breakdown(Grouping.OFFICE, now, before));
                breakdowns.add(breakdown(Grouping.DESK, desks, source.pendency(scope, week.start(), Grouping.DESK)));
            }
            case OFFICE, POLICE -> breakdowns.add(breakdown(Grouping.DESK, now, before));
        }

        List<PendencyRow> worstDesks = desks.stream()
                .filter(r -> r.stuck() > 0 || r.files() > 0)
                .sorted(Comparator.comparingLong(PendencyRow::stuck).reversed()
                        .thenComparing(Comparator.comparingLong(PendencyRow::files).reversed())
                        .thenComparing(PendencyRow::key))
                .limit(WORST_DESKS)
                .toList();

        // A mail carries at most the CSV's rows; the rest are a click away on the dashboard.
        ReportSource.StuckHead stuck = source.longestStuck(scope, week.end(), WeeklyMail.STUCK_IN_CSV);
        return new WeeklyReport(scope, source.scopeName(scope, hindiNames), week,
                WeeklyReport.Totals.of(now), WeeklyReport.Totals.of(before),
                source.activity(scope, week.start(), week.end()), List.copyOf(buckets), List.copyOf(trend),
                List.copyOf(breakdowns), scope.role() == Role.STATE ? worstDesks : List.of(),
                stuck.longest(), stuck.total(),
                scope.role() == Role.STATE ? source.rollout(scope, week.end()) : List.of());
    }

    private static WeeklyReport.Breakdown breakdown(Grouping by, List<PendencyRow> now, List<PendencyRow> before) {
        Map<String, Long> previous = before.stream().collect(Collectors.toMap(PendencyRow::key, PendencyRow::files, Long::sum));
        List<WeeklyReport.Line> lines = now.stream()
                .sorted(Comparator.comparingLong(PendencyRow::stuck).reversed()
                        .thenComparing(Comparator.comparingLong(PendencyRow::files).reversed())
                        .thenComparing(PendencyRow::key))
                .map(r -> new WeeklyReport.Line(r, previous.getOrDefault(r.key(), 0L)))
                .toList();
        return new WeeklyReport.Breakdown(by, lines);
    }
}
