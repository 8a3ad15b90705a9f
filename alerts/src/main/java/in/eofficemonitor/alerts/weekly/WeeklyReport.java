package in.eofficemonitor.alerts.weekly;

import in.eofficemonitor.alerts.recipients.Scope;
import in.eofficemonitor.alerts.schedule.ReportWeek;
import in.eofficemonitor.alerts.source.ReportSource.Activity;
import in.eofficemonitor.alerts.source.ReportSource.Grouping;
import in.eofficemonitor.alerts.source.ReportSource.PendencyRow;
import in.eofficemonitor.alerts.source.ReportSource.RolloutRow;
import in.eofficemonitor.alerts.source.ReportSource.StuckFile;
import java.time.LocalDate;
import java.util.List;

/**
 * The numbers of one Monday report for one scope, before any language or layout: what the builder
 * reads and the mail shows. As of {@code week.end()} (Monday 00:00 IST), compared with a week before.
 * {@code stuck} holds the longest-waiting stuck items, at most {@link WeeklyMail#STUCK_IN_CSV} of them;
 * {@code stuckTotal} counts every one of the scope.
 */
public record WeeklyReport(Scope scope, String scopeName, ReportWeek week, Totals now, Totals weekBefore,
                           Activity activity, List<Long> ageBuckets, List<TrendPoint> trend,
                           List<Breakdown> breakdowns, List<PendencyRow> worstDesks, List<StuckFile> stuck,
                           long stuckTotal, List<RolloutRow> rollout) {

    public record Totals(long files, long receipts, long stuck) {
        static Totals of(List<PendencyRow> rows) {
            return new Totals(rows.stream().mapToLong(PendencyRow::files).sum(),
                    rows.stream().mapToLong(PendencyRow::receipts).sum(),
                    rows.stream().mapToLong(PendencyRow::stuck).sum());
        }
    }

    /** Pendency at the end of a week, for the week-on-week line. */
    public record TrendPoint(LocalDate monday, long files, long receipts) {}

    /** One table: pendency grouped by desk, office, district or category, with last week's figure beside it. */
    public record Breakdown(Grouping by, List<Line> lines) {}

    public record Line(PendencyRow row, long filesWeekBefore) {
        public long change() {
            return row.files() - filesWeekBefore;
        }
    }
}
